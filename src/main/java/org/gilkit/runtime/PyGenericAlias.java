package org.gilkit.runtime;

/** {@code list[int]}: what subscripting a built-in generic class gives (only its repr and origin matter here). */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyGenericAlias) s).repr(ts))));
    }

    final PyObject origin;
    final PyObject args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] a, String[] kw) {
        return origin.call(ts, a, kw);
    }

    String repr(ThreadState ts) {
        StringBuilder sb = new StringBuilder(name(ts, origin)).append('[');
        PyObject[] items = args instanceof PyTuple ? ((PyTuple) args).items : new PyObject[] {args};
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(name(ts, items[i]));
        }
        return sb.append(']').toString();
    }

    private static String name(ThreadState ts, PyObject o) {
        if (o instanceof PyType) {
            PyType t = (PyType) o;
            return t.isBuiltin() ? t.qualname() : t.module() + "." + t.qualname();
        }
        if (o == PySingleton.ELLIPSIS) return "...";
        return Ops.repr(ts, o);
    }
}
