package org.gilkit.runtime;

/**
 * {@code slice(start, stop, step)}; {@link #indices} adjusts it to a sequence length as
 * CPython's PySlice_GetIndicesEx does.
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, false);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            ArgParser.noKeywords("slice", kw);
            ArgParser.checkPositional("slice", a.length, 1, 3);
            if (a.length == 1) return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE);
        });
        TYPE.define("start", new PyGetSet(TYPE, "start", (ts, s) -> ((PySlice) s).start, null));
        TYPE.define("stop", new PyGetSet(TYPE, "stop", (ts, s) -> ((PySlice) s).stop, null));
        TYPE.define("step", new PyGetSet(TYPE, "step", (ts, s) -> ((PySlice) s).step, null));
        TYPE.define("__hash__", PyNone.NONE);
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr("slice(" + Ops.repr(ts, ((PySlice) s).start)
                + ", " + Ops.repr(ts, ((PySlice) s).stop) + ", " + Ops.repr(ts, ((PySlice) s).step) + ")")));
        TYPE.define("indices", PyMethodDescr.oneArg(TYPE, "indices", (ts, s, n) -> {
            PySlice.Bounds b = ((PySlice) s).indices(ts, Ops.index(ts, n).asInt());
            return PyTuple.of(PyInt.of(b.start()), PyInt.of(b.stop()), PyInt.of(b.step()));
        }));
        TYPE.define("__eq__", PyMethodDescr.oneArg(TYPE, "__eq__", (ts, s, o) -> o instanceof PySlice ? PyBool.of(s.equals(o)) : Ops.NI));
    }

    final PyObject start;
    final PyObject stop;
    final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject start() {
        return start;
    }

    public PyObject stop() {
        return stop;
    }

    public PyObject step() {
        return step;
    }

    /** Resolved bounds for a sequence of {@code length}: start, stop, step, slice length. */
    public record Bounds(int start, int stop, int step, int length) {}

    public Bounds indices(ThreadState ts, int length) {
        long st = step == PyNone.NONE ? 1 : clampIndex(ts, step);
        if (st == 0) throw Errors.valueError("slice step cannot be zero");
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : adjust(clampIndex(ts, start), length, 0, length);
            hi = stop == PyNone.NONE ? length : adjust(clampIndex(ts, stop), length, 0, length);
        } else {
            lo = start == PyNone.NONE ? length - 1 : adjust(clampIndex(ts, start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : adjust(clampIndex(ts, stop), length, -1, length - 1);
        }
        long n;
        if (st > 0) n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        else n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        return new Bounds((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) n);
    }

    private static long adjust(long i, int length, long low, long high) {
        if (i < 0) {
            i += length;
            if (i < 0) i = low;
        } else if (i >= length) {
            i = high;
        }
        return i;
    }

    /** A slice bound as a long, clamped (big ints saturate, as CPython's _PyEval_SliceIndex). */
    private static long clampIndex(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && Ops.lookupSpecial(o, "__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Ops.index(ts, o);
        if (i.isBig()) return i.signum() > 0 ? Long.MAX_VALUE / 4 : Long.MIN_VALUE / 4;
        long v = i.longValue();
        return Math.max(Long.MIN_VALUE / 4, Math.min(Long.MAX_VALUE / 4, v));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PySlice)) return false;
        PySlice s = (PySlice) o;
        return start.equals(s.start) && stop.equals(s.stop) && step.equals(s.step);
    }

    @Override
    public int hashCode() {
        throw Errors.typeError("unhashable type: 'slice'");
    }
}
