package org.gilkit.runtime;

/** {@code None}, the only instance of NoneType. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, false);
    public static final PyNone NONE = new PyNone();

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr("None")));
        TYPE.define("__bool__", PyMethodDescr.noArgs(TYPE, "__bool__", (ts, s) -> PyBool.FALSE));
        TYPE.defineNew((ts, cls, a, kw) -> {
            if (a.length > 0) throw Errors.typeError("NoneType takes no arguments");
            return NONE;
        });
    }

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return 0x5a5a5a5;
    }

    @Override
    public String toString() {
        return "None";
    }
}
