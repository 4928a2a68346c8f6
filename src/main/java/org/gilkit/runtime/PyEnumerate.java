package org.gilkit.runtime;

/** {@code enumerate(iterable, start=0)}: (count, item) pairs. */
public final class PyEnumerate extends PyIter {
    public static final PyType TYPE = iterType("enumerate", true);
    private static final ArgParser ARGS = ArgParser.of("enumerate", 1, "iterable", "start");

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            if (ArgParser.npos(a, kw) == 0 && !ArgParser.hasKw(kw)) {
                throw Errors.typeError("enumerate() missing required argument 'iterable'");
            }
            PyObject[] p = ARGS.parse(a, kw);
            PyInt start = p[1] == null ? PyInt.ZERO : Ops.index(ts, p[1]);
            return new PyEnumerate(cls, Ops.iter(ts, p[0]), start);
        });
    }

    private final PyType type;
    private final PyObject it;
    private long count;
    private PyInt bigCount;

    PyEnumerate(PyType type, PyObject it, PyInt start) {
        this.type = type;
        this.it = it;
        if (start.isBig() || start.longValue() > Long.MAX_VALUE / 2) bigCount = start;
        else count = start.longValue();
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject v = Ops.next(ts, it);
        if (v == null) return null;
        PyInt n;
        if (bigCount != null) {
            n = bigCount;
            bigCount = PyInt.add(bigCount, PyInt.ONE);
        } else {
            n = PyInt.of(count++);
        }
        return PyTuple.of(n, v);
    }
}
