package org.gilkit.runtime;

/** {@code map(function, iterable, *iterables)}. */
public final class PyMap extends PyIter {
    public static final PyType TYPE = iterType("map", true);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            if (ArgParser.hasKw(kw) && cls == TYPE) throw Errors.typeError("map() takes no keyword arguments");
            if (a.length < 2) throw Errors.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Ops.iter(ts, a[i]);
            return new PyMap(cls, a[0], its);
        });
    }

    private final PyType type;
    private final PyObject func;
    private final PyObject[] its;

    PyMap(PyType type, PyObject func, PyObject[] its) {
        this.type = type;
        this.func = func;
        this.its = its;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject[] args = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Ops.next(ts, its[i]);
            if (v == null) return null;
            args[i] = v;
        }
        return func.call(ts, args, null);
    }
}
