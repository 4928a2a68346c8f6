package org.gilkit.runtime;

/** {@code filter(function or None, iterable)}. */
public final class PyFilter extends PyIter {
    public static final PyType TYPE = iterType("filter", true);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            if (ArgParser.hasKw(kw) && cls == TYPE) throw Errors.typeError("filter() takes no keyword arguments");
            ArgParser.checkPositional("filter", a.length, 2, 2);
            return new PyFilter(cls, a[0], Ops.iter(ts, a[1]));
        });
    }

    private final PyType type;
    private final PyObject func;
    private final PyObject it;

    PyFilter(PyType type, PyObject func, PyObject it) {
        this.type = type;
        this.func = func;
        this.it = it;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        for (PyObject v; (v = Ops.next(ts, it)) != null; ) {
            boolean keep = func == PyNone.NONE || func == PyBool.TYPE ? Ops.isTrue(ts, v) : Ops.isTrue(ts, Ops.call(ts, func, v));
            if (keep) return v;
        }
        return null;
    }
}
