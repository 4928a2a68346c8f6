package org.gilkit.modules.numpy;

import java.util.SplittableRandom;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code numpy.random.Generator}: a seeded source of random arrays, over Java's
 * {@link SplittableRandom} (the values are not NumPy's PCG64 ones; the same seed gives the same
 * values in every gilkit run). Methods: {@code random(size=None)}, {@code integers(low,
 * high=None, size=None)}, {@code standard_normal(size=None)}, {@code uniform(low=0.0, high=1.0,
 * size=None)}, {@code normal(loc=0.0, scale=1.0, size=None)}. Without {@code size} they return a
 * Python float (integers: np.int64), as NumPy does. The state is guarded by the object's monitor
 * so that {@code --gil=off} threads sharing a generator do not corrupt it.
 */
final class Generator extends PyObject {
    static final PyType TYPE = PyType.builtin("numpy.random", "Generator", new PyType[] {PyType.OBJECT}, false);
    private static final ArgParser SIZE = ArgParser.of("random", 0, "size");
    private static final ArgParser INTEGERS = ArgParser.of("integers", 1, "low", "high", "size");
    private static final ArgParser UNIFORM = ArgParser.of("uniform", 0, "low", "high", "size");
    private static final ArgParser NORMAL = ArgParser.of("normal", 0, "loc", "scale", "size");

    static {
        TYPE.define("random", new PyMethodDescr(TYPE, "random", (ts, s, a, k) -> g(s).random(ts, SIZE.parse(a, k)[0])));
        TYPE.define("standard_normal", new PyMethodDescr(TYPE, "standard_normal", (ts, s, a, k) -> g(s).normal(ts, 0, 1, SIZE.parse(a, k)[0])));
        TYPE.define("integers", new PyMethodDescr(TYPE, "integers", (ts, s, a, k) -> g(s).integers(ts, INTEGERS.parse(a, k))));
        TYPE.define("uniform", new PyMethodDescr(TYPE, "uniform", (ts, s, a, k) -> {
            PyObject[] v = UNIFORM.parse(a, k);
            return g(s).uniform(ts, v[0] == null ? 0 : Elements.toDouble(ts, v[0]), v[1] == null ? 1 : Elements.toDouble(ts, v[1]), v[2]);
        }));
        TYPE.define("normal", new PyMethodDescr(TYPE, "normal", (ts, s, a, k) -> {
            PyObject[] v = NORMAL.parse(a, k);
            return g(s).normal(ts, v[0] == null ? 0 : Elements.toDouble(ts, v[0]), v[1] == null ? 1 : Elements.toDouble(ts, v[1]), v[2]);
        }));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__",
                (ts, s) -> new PyStr("Generator(SplittableRandom) at 0x" + Long.toHexString(ts.interp().id(s)).toUpperCase())));
    }

    private SplittableRandom rng;

    Generator(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static Generator g(PyObject o) {
        return (Generator) o;
    }

    /** Restarts the sequence from {@code seed} (numpy.random.seed). */
    synchronized void reseed(long seed) {
        rng = new SplittableRandom(seed);
    }

    /** A seed argument: a non-negative int, or None for a seed from the clock. */
    static long seed(ThreadState ts, PyObject o, long max, String error) {
        if (o == null || o == PyNone.NONE) return System.nanoTime() ^ new java.security.SecureRandom().nextLong();
        if (!(o instanceof PyInt)) throw Errors.typeError("SeedSequence expects int or sequence of ints for entropy not " + Ops.repr(ts, o));
        PyInt v = (PyInt) o;
        if (v.signum() < 0 || v.isBig() || v.longValue() > max) throw Errors.valueError(error);
        return v.longValue();
    }

    synchronized PyObject random(ThreadState ts, PyObject size) {
        if (size == null || size == PyNone.NONE) return new PyFloat(rng.nextDouble());
        NdArray out = NdArray.allocate(DType.FLOAT64, Shapes.parse(ts, size));
        for (long i = 0; i < out.size; i++) out.setDouble(i, rng.nextDouble());
        return out;
    }

    synchronized PyObject uniform(ThreadState ts, double low, double high, PyObject size) {
        if (size == null || size == PyNone.NONE) return new PyFloat(low + (high - low) * rng.nextDouble());
        NdArray out = NdArray.allocate(DType.FLOAT64, Shapes.parse(ts, size));
        for (long i = 0; i < out.size; i++) out.setDouble(i, low + (high - low) * rng.nextDouble());
        return out;
    }

    synchronized PyObject normal(ThreadState ts, double loc, double scale, PyObject size) {
        if (scale < 0) throw Errors.valueError("scale < 0");
        if (size == null || size == PyNone.NONE) return new PyFloat(loc + scale * gaussian());
        NdArray out = NdArray.allocate(DType.FLOAT64, Shapes.parse(ts, size));
        for (long i = 0; i < out.size; i++) out.setDouble(i, loc + scale * gaussian());
        return out;
    }

    /** Marsaglia's polar method. */
    private double gaussian() {
        double u, v, s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** {@code integers(low, high=None, size=None)}: [low, high), or [0, low) with one bound. */
    synchronized PyObject integers(ThreadState ts, PyObject[] v) {
        long low = Elements.toLong(ts, intArg(v[0])), high;
        if (v[1] == null || v[1] == PyNone.NONE) {
            high = low;
            low = 0;
            if (high <= 0) throw Errors.valueError("high <= 0");
        } else {
            high = Elements.toLong(ts, intArg(v[1]));
            if (low >= high) throw Errors.valueError("low >= high");
        }
        long lo = low, span = high - low;
        if (span <= 0) throw Errors.valueError("integers: the range [" + low + ", " + high + ") is too large");
        if (v[2] == null || v[2] == PyNone.NONE) return Scalars.int64(lo + rng.nextLong(span));
        NdArray out = NdArray.allocate(DType.INT64, Shapes.parse(ts, v[2]));
        for (long i = 0; i < out.size; i++) out.setLong(i, lo + rng.nextLong(span));
        return out;
    }

    private static PyInt intArg(PyObject o) {
        if (o instanceof PyInt i) return i;
        throw Errors.typeError("gilkit numpy: integers() bounds must be int, not '" + o.type().name() + "'");
    }
}
