package org.gilkit.runtime;

/** {@code list[int]}: what subscripting a built-in generic class gives (only its repr and origin matter here). */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT, false);

    static {
        // types.GenericAlias(origin, args): what a Python class's __class_getitem__ returns.
        TYPE.defineNew((ts, cls, a, kw) -> {
            ArgParser.positional("GenericAlias", "GenericAlias", a, kw, 2, 2);
            return new PyGenericAlias(a[0], a[1]);
        });
        TYPE.define("__origin__", new PyGetSet(TYPE, "__origin__", (ts, s) -> ((PyGenericAlias) s).origin, null));
        TYPE.define("__args__", new PyGetSet(TYPE, "__args__", (ts, s) -> {
            PyObject a = ((PyGenericAlias) s).args;
            return a instanceof PyTuple ? a : PyTuple.of(a);
        }, null));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyGenericAlias) s).repr(ts))));
        TYPE.define("__or__", PyMethodDescr.oneArg(TYPE, "__or__", (ts, s, o) -> PyUnionType.or(s, o)));
        TYPE.define("__ror__", PyMethodDescr.oneArg(TYPE, "__ror__", (ts, s, o) -> PyUnionType.or(o, s)));
    }

    /** Gives a built-in generic class its {@code __class_getitem__} ({@code list[int]}). */
    static void installClassGetItem(PyType t) {
        t.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, (ts, self, a, kw) -> {
            ArgParser.positional("__class_getitem__", t.name() + ".__class_getitem__", java.util.Arrays.copyOfRange(a, 1, a.length),
                    kw, 1, 1);
            return new PyGenericAlias(a[0], a[1]);
        }, t)));
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
