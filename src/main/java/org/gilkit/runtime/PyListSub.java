package org.gilkit.runtime;

/** An instance of a user subclass of list. */
public final class PyListSub extends PyList {
    private final PyType type;
    private final PyDict dict = new PyDict();

    PyListSub(PyType type) {
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
