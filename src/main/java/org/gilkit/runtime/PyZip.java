package org.gilkit.runtime;

/** {@code zip(*iterables, strict=False)}. */
public final class PyZip extends PyIter {
    public static final PyType TYPE = iterType("zip", true);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            int npos = ArgParser.npos(a, kw);
            boolean strict = false;
            for (int i = npos; i < a.length; i++) {
                if (!kw[i - npos].equals("strict")) {
                    throw Errors.typeError("'" + kw[i - npos] + "' is an invalid keyword argument for zip()");
                }
                strict = Ops.isTrue(ts, a[i]);
            }
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.iter(ts, a[i]);
            return new PyZip(cls, its, strict);
        });
    }

    private final PyType type;
    private PyObject[] its;
    private final boolean strict;

    PyZip(PyType type, PyObject[] its, boolean strict) {
        this.type = type;
        this.its = its;
        this.strict = strict;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject[] src = its;
        if (src == null || src.length == 0) return null;
        PyObject[] item = new PyObject[src.length];
        for (int i = 0; i < src.length; i++) {
            PyObject v = Ops.next(ts, src[i]);
            if (v == null) {
                its = null;
                if (strict) checkStrict(ts, src, i);
                return null;
            }
            item[i] = v;
        }
        return new PyTuple(item);
    }

    private static void checkStrict(ThreadState ts, PyObject[] src, int i) {
        if (i > 0) {
            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
        }
        for (int j = 1; j < src.length; j++) {
            if (Ops.next(ts, src[j]) != null) {
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
    }
}
