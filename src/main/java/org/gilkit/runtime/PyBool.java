package org.gilkit.runtime;

/** {@code True} and {@code False}: the two instances of bool, a subclass of int. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, false);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    static {
        IntMethods.installBool(TYPE);
    }

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean booleanValue() {
        return this == TRUE;
    }

    @Override
    public String toString() {
        return this == TRUE ? "True" : "False";
    }
}
