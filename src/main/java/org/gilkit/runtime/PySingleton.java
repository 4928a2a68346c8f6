package org.gilkit.runtime;

/** {@code NotImplemented} and {@code Ellipsis}: named singletons of their own types. */
public final class PySingleton extends PyObject {
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, false);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", PyType.OBJECT, false);
    /** Returned by binary dunder methods that do not handle their operand. */
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");

    static {
        for (PyType t : new PyType[] {NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE}) {
            t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(((PySingleton) s).name)));
        }
        NOT_IMPLEMENTED_TYPE.defineNew((ts, cls, a, kw) -> NOT_IMPLEMENTED);
        ELLIPSIS_TYPE.defineNew((ts, cls, a, kw) -> ELLIPSIS);
    }

    private final PyType type;
    private final String name;

    private PySingleton(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
