package org.gilkit.runtime;

/** {@code staticmethod(f)}: returns f unchanged from both class and instance access. */
public final class PyStaticMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, true);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            ArgParser.noKeywords("staticmethod", kw);
            ArgParser.checkPositional("staticmethod", a.length, 1, 1);
            return new PyStaticMethod(a[0]);
        });
        TYPE.define("__func__", new PyGetSet(TYPE, "__func__", (ts, s) -> ((PyStaticMethod) s).func, null));
        TYPE.define("__wrapped__", new PyGetSet(TYPE, "__wrapped__", (ts, s) -> ((PyStaticMethod) s).func, null));
        TYPE.define("__get__", PyMethodDescr.positional(TYPE, "__get__", 1, 2, (ts, s, a) -> ((PyStaticMethod) s).func));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__",
                (ts, s) -> new PyStr("<staticmethod(" + Ops.repr(ts, ((PyStaticMethod) s).func) + ")>")));
    }

    private final PyObject func;
    private PyDict dict;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject func() {
        return func;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType owner) {
        return func;
    }

    /** staticmethod objects are callable since 3.10. */
    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        return func.call(ts, args, kwnames);
    }
}
