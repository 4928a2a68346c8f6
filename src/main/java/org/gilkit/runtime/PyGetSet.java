package org.gilkit.runtime;

/**
 * A data descriptor backed by Java accessors (CPython's getset_descriptor / member_descriptor):
 * {@code __class__}, {@code __dict__}, {@code __name__}, {@code args}, {@code start}... A null
 * setter makes the attribute read-only ("attribute 'x' of 'T' objects is not writable" as
 * CPython; for readonly members "readonly attribute").
 */
public final class PyGetSet extends PyObject implements DataDescriptor {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyGetSet) s).repr())));
    }

    /** Reads the attribute from an instance. */
    @FunctionalInterface
    public interface Getter {
        PyObject get(ThreadState ts, PyObject self);
    }

    /** Writes (value non-null) or deletes (value null) the attribute. */
    @FunctionalInterface
    public interface Setter {
        void set(ThreadState ts, PyObject self, PyObject value);
    }

    private final PyType owner;
    private final String name;
    private final Getter getter;
    private final Setter setter;

    public PyGetSet(PyType owner, String name, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType cls) {
        if (obj == null) return this;
        checkSelf(obj);
        return getter.get(ts, obj);
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        checkSelf(obj);
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.set(ts, obj, value);
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        checkSelf(obj);
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.set(ts, obj, null);
    }

    private void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    String repr() {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
}
