package org.gilkit.runtime;

/** An instance of a user subclass of int: the int layout plus its type and an instance dict. */
public final class PyIntSub extends PyInt {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PyIntSub(PyType type, PyInt v) {
        super(v);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject && Ops.eqBool(ThreadState.current(), this, (PyObject) o);
    }

    @Override
    public int hashCode() {
        return javaHash(Ops.hash(ThreadState.current(), this));
    }
}
