package org.gilkit.runtime;

/**
 * An instance of a user class whose layout is plain object: its type and its {@code __dict__}.
 * Created by {@code object.__new__(cls)}. Subclasses of built-in types use the built-in's own Java
 * layout instead (see {@link PyType#solidBase()}).
 */
public final class PyInstance extends PyObject {
    private PyType type;
    private final PyDict dict = new PyDict();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__class__ = C} (layouts are checked by the caller). */
    void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict dict() {
        return dict;
    }
}
