package org.gilkit.runtime;

/** {@code classmethod(f)}: binds f to the class (of the instance) on access. */
public final class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, true);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            ArgParser.noKeywords("classmethod", kw);
            ArgParser.checkPositional("classmethod", a.length, 1, 1);
            return new PyClassMethod(a[0]);
        });
        TYPE.define("__func__", new PyGetSet(TYPE, "__func__", (ts, s) -> ((PyClassMethod) s).func, null));
        TYPE.define("__wrapped__", new PyGetSet(TYPE, "__wrapped__", (ts, s) -> ((PyClassMethod) s).func, null));
        TYPE.define("__get__", PyMethodDescr.positional(TYPE, "__get__", 1, 2, (ts, s, a) -> ((PyClassMethod) s).get(ts,
                a[0] == PyNone.NONE ? null : a[0], a.length > 1 && a[1] instanceof PyType ? (PyType) a[1] : a[0].type())));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__",
                (ts, s) -> new PyStr("<classmethod(" + Ops.repr(ts, ((PyClassMethod) s).func) + ")>")));
    }

    private final PyObject func;
    private PyDict dict;

    public PyClassMethod(PyObject func) {
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
        PyType cls = owner != null ? owner : obj.type();
        return new PyMethod(func, cls);
    }
}
