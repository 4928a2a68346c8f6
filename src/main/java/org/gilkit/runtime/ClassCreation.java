package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code type.__new__} for user classes (CPython's type_new): bases and metaclass checks, the
 * class dict, the implicit staticmethod/classmethod wrapping, {@code __hash__ = None} next to a
 * user {@code __eq__}, {@code __set_name__}, {@code __init_subclass__} and the
 * {@code __classcell__} for zero-argument super(); also {@code __build_class__}'s metaclass rule.
 */
final class ClassCreation {
    private ClassCreation() {}

    static PyType create(ThreadState ts, PyType meta, String name, PyTuple basesTuple, PyDict ns,
            PyObject[] kwvalues, String[] kwnames) {
        PyType[] bases = checkBases(basesTuple);
        PyType winner = calculateMeta(meta, bases);
        PyType cls = PyType.allocateUserType(winner, name, bases);
        ClassBuilder.ClassCell cell = copyNamespace(ts, cls, ns);
        Map<String, PyObject> d = cls.typeDict();
        if (!d.containsKey("__module__")) {
            PyObject mod = ts.frame() == null ? null : ts.frame().globals().getStr("__name__");
            if (mod != null) d.put("__module__", mod);
        }
        d.putIfAbsent("__doc__", PyNone.NONE);
        if (d.containsKey("__eq__") && !d.containsKey("__hash__")) d.put("__hash__", PyNone.NONE);
        boolean withDict = Slots.apply(ts, cls, ns);
        if (withDict) {
            cls.define("__dict__", new PyGetSet(cls, "__dict__", (t, s) -> {
                // A metaclass's instances are classes: their __dict__ is type's mappingproxy.
                if (s instanceof PyType) return ((Descriptor) PyType.TYPE.lookup("__dict__")).get(t, s, PyType.TYPE);
                PyDict dd = s.dict();
                if (dd == null) throw Errors.noAttribute(s, "__dict__");
                return dd;
            }, ClassCreation::setInstanceDict));
            d.putIfAbsent("__weakref__", PyNone.NONE);
        }
        setNames(ts, cls);
        initSubclass(ts, cls, kwvalues, kwnames);
        if (cell != null) cell.set(cls);
        return cls;
    }

    /**
     * {@code obj.__dict__ = d} (pickle's and copy's __setstate__ idioms, Bunch/AttrDict classes):
     * a plain instance takes {@code d} itself, as CPython; other layouts get its items copied in.
     * {@code del obj.__dict__} leaves an empty one.
     */
    private static void setInstanceDict(ThreadState ts, PyObject self, PyObject value) {
        if (value == null) value = new PyDict();  // CPython 3.11: del obj.__dict__ empties it
        if (!(value instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
        }
        if (self instanceof PyInstance inst) {
            inst.setDict(d);
            return;
        }
        PyDict target = self.dict();
        if (target == null || self instanceof PyType) throw Errors.noAttribute(self, "__dict__");
        if (target == d) return;
        List<Map.Entry<PyObject, PyObject>> items = d.entries();
        target.clear();
        for (Map.Entry<PyObject, PyObject> e : items) target.put(ts, e.getKey(), e.getValue());
    }

    private static PyType[] checkBases(PyTuple basesTuple) {
        if (basesTuple.size() == 0) return new PyType[] {PyType.OBJECT};
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = basesTuple.get(i);
            if (!(b instanceof PyType)) throw Errors.typeError("bases must be types");
            PyType bt = (PyType) b;
            if (!bt.isBaseAllowed()) throw Errors.typeError("type '" + bt.name() + "' is not an acceptable base type");
            bases[i] = bt;
        }
        return bases;
    }

    /** The most derived metaclass among meta and the bases' metaclasses (conflict is a TypeError). */
    static PyType calculateMeta(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) continue;
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Copies the class body namespace into the class dict; returns the __classcell__ if any. */
    private static ClassBuilder.ClassCell copyNamespace(ThreadState ts, PyType cls, PyDict ns) {
        ClassBuilder.ClassCell cell = null;
        for (Map.Entry<PyObject, PyObject> e : ns.entries()) {
            if (!(e.getKey() instanceof PyStr)) continue;
            String k = ((PyStr) e.getKey()).value;
            PyObject v = e.getValue();
            switch (k) {
                case "__qualname__":
                    if (!(v instanceof PyStr)) throw Errors.typeError("type __qualname__ must be a str, not " + v.type().name());
                    cls.setQualname(((PyStr) v).value);
                    continue;
                case "__classcell__":
                    if (v instanceof ClassBuilder.ClassCell) cell = (ClassBuilder.ClassCell) v;
                    continue;
                case "__new__":
                    v = isFunction(v) ? new PyStaticMethod(v) : v;
                    break;
                case "__init_subclass__":
                case "__class_getitem__":
                    v = isFunction(v) ? new PyClassMethod(v) : v;
                    break;
                default:
                    break;
            }
            cls.typeDict().put(k, v);
        }
        return cell;
    }

    /** A Python function (the VM's PyFunction is a MethodDescriptor; built-in methods are not wrapped). */
    private static boolean isFunction(PyObject v) {
        return v instanceof MethodDescriptor && !(v instanceof PyMethodDescr);
    }

    private static void setNames(ThreadState ts, PyType cls) {
        List<Map.Entry<String, PyObject>> entries = new ArrayList<>(cls.typeDict().entrySet());
        for (Map.Entry<String, PyObject> e : entries) {
            PyObject v = e.getValue();
            if (v instanceof PyProperty) {
                if (((PyProperty) v).name == null) ((PyProperty) v).name = e.getKey();
                continue;
            }
            if (v.type().isBuiltin()) continue;
            PyObject sn = v.type().lookup("__set_name__");
            if (sn != null) {
                try {
                    Ops.callDescriptor(ts, sn, v, cls, new PyStr(e.getKey()));
                } catch (PyException ex) {
                    throw ex;
                }
            }
        }
    }

    private static void initSubclass(ThreadState ts, PyType cls, PyObject[] kwvalues, String[] kwnames) {
        PyObject f = cls.lookupAfter(cls, "__init_subclass__");
        if (f == null) return;
        PyObject bound = f instanceof Descriptor ? ((Descriptor) f).get(ts, null, cls) : f;
        bound.call(ts, kwvalues, kwnames);
    }
}
