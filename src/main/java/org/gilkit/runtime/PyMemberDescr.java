package org.gilkit.runtime;

/**
 * The descriptor a {@code __slots__} name creates in its class ({@code <member 'x' of 'P'
 * objects>}): reads and writes the instance's slot storage instead of its dict.
 */
public final class PyMemberDescr extends PyObject implements DataDescriptor {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> {
            PyMemberDescr m = (PyMemberDescr) s;
            return new PyStr("<member '" + m.name + "' of '" + m.owner.name() + "' objects>");
        }));
        TYPE.define("__get__", PyMethodDescr.positional(TYPE, "__get__", 1, 2,
                (ts, s, a) -> ((PyMemberDescr) s).get(ts, a[0] == PyNone.NONE ? null : a[0], null)));
    }

    private final PyType owner;
    private final String name;

    PyMemberDescr(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType cls) {
        if (obj == null) return this;
        PyObject v = obj instanceof PyInstance ? ((PyInstance) obj).slot(name) : null;
        if (v == null) throw Errors.noAttribute(obj, name);
        return v;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        instance(obj).setSlot(name, value);
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        if (instance(obj).slot(name) == null) throw Errors.attributeError(name);
        instance(obj).setSlot(name, null);
    }

    private PyInstance instance(PyObject obj) {
        if (!(obj instanceof PyInstance) || !obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
        return (PyInstance) obj;
    }
}
