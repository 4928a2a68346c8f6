package org.gilkit.runtime;

/**
 * Generic attribute access: object.__getattribute__/__setattr__ and type.__getattribute__/
 * __setattr__ (CPython's PyObject_GenericGetAttr and type_getattro), descriptor protocol
 * included. Called by {@link Ops}; lookups return null for "absent" so that hasattr and
 * getattr-with-default cost no exception.
 */
final class Attributes {
    private Attributes() {}

    /** Whether a type attribute that is not a Java descriptor has a Python-level __set__/__delete__. */
    private static boolean isUserDataDescriptor(PyObject attr) {
        PyType at = attr.type();
        return !at.isBuiltin() && (at.lookup("__set__") != null || at.lookup("__delete__") != null);
    }

    private static PyObject userGet(ThreadState ts, PyObject attr, PyObject obj, PyType owner) {
        PyObject get = attr.type().isBuiltin() ? null : attr.type().lookup("__get__");
        if (get == null) return attr;
        return Ops.callDescriptor(ts, get, attr, obj == null ? PyNone.NONE : obj, owner);
    }

    /** object.__getattribute__ without raising: null if absent. */
    static PyObject genericGetattr(ThreadState ts, PyObject o, String name) {
        PyType t = o.type();
        PyObject attr = t.lookup(name);
        if (attr != null) {
            if (attr instanceof DataDescriptor) return ((DataDescriptor) attr).get(ts, o, t);
            if (!(attr instanceof Descriptor) && isUserDataDescriptor(attr)) return userGet(ts, attr, o, t);
        }
        PyDict d = o.dict();
        if (d != null && d.size() != 0) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        if (attr != null) {
            if (attr instanceof Descriptor) return ((Descriptor) attr).get(ts, o, t);
            return userGet(ts, attr, o, t);
        }
        return null;
    }

    /** type.__getattribute__ without raising: null if absent. */
    static PyObject typeGetattr(ThreadState ts, PyType cls, String name) {
        PyType meta = cls.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null) {
            if (metaAttr instanceof DataDescriptor) return ((DataDescriptor) metaAttr).get(ts, cls, meta);
            if (!(metaAttr instanceof Descriptor) && isUserDataDescriptor(metaAttr)) return userGet(ts, metaAttr, cls, meta);
        }
        PyObject attr = cls.lookup(name);
        if (attr != null) {
            if (attr instanceof Descriptor) return ((Descriptor) attr).get(ts, null, cls);
            return userGet(ts, attr, null, cls);
        }
        if (metaAttr != null) {
            if (metaAttr instanceof Descriptor) return ((Descriptor) metaAttr).get(ts, cls, meta);
            return userGet(ts, metaAttr, cls, meta);
        }
        return null;
    }

    /** object.__setattr__ (value) and object.__delattr__ (value null). */
    static void genericSetattr(ThreadState ts, PyObject o, String name, PyObject value) {
        PyType t = o.type();
        PyObject attr = t.lookup(name);
        if (attr != null) {
            if (attr instanceof DataDescriptor) {
                if (value == null) ((DataDescriptor) attr).delete(ts, o);
                else ((DataDescriptor) attr).set(ts, o, value);
                return;
            }
            if (!(attr instanceof Descriptor) && !attr.type().isBuiltin()) {
                PyObject f = attr.type().lookup(value == null ? "__delete__" : "__set__");
                if (f != null) {
                    if (value == null) Ops.callDescriptor(ts, f, attr, o);
                    else Ops.callDescriptor(ts, f, attr, o, value);
                    return;
                }
            }
        }
        PyDict d = o.dict();
        if (d == null) {
            if (attr != null) {
                throw Errors.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only");
            }
            throw Errors.noAttribute(o, name);
        }
        if (value == null) {
            if (d.remove(ts, new PyStr(name)) == null) throw Errors.noAttribute(o, name);
        } else {
            d.put(ts, new PyStr(name), value);
        }
    }

    /** type.__setattr__ / __delattr__: metatype data descriptors first, then the class dict. */
    static void typeSetattr(ThreadState ts, PyType cls, String name, PyObject value) {
        PyObject metaAttr = cls.type().lookup(name);
        if (metaAttr instanceof DataDescriptor) {
            if (value == null) ((DataDescriptor) metaAttr).delete(ts, cls);
            else ((DataDescriptor) metaAttr).set(ts, cls, value);
            return;
        }
        cls.setAttr(name, value);
        if (value instanceof PyProperty && ((PyProperty) value).name == null) ((PyProperty) value).name = name;
    }
}
