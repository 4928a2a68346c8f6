package org.gilkit.runtime;

/** An instance of a user subclass of dict (its attributes live in a separate instance dict). */
public final class PyDictSub extends PyDict {
    private final PyType type;
    private PyDict dict;

    PyDictSub(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }
}
