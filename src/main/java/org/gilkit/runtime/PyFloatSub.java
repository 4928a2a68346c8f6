package org.gilkit.runtime;

/** An instance of a user subclass of float. */
public final class PyFloatSub extends PyFloat {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PyFloatSub(PyType type, double v) {
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
