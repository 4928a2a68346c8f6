package org.gilkit.runtime;

/** An instance of a user subclass of bytes. */
public final class PyBytesSub extends PyBytes {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PyBytesSub(PyType type, byte[] v) {
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
}
