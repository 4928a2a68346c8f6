package org.gilkit.modules.numpy;

import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.AxisReductions;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * sum, mean, min, max, argmax over the whole array ({@code axis=None}) in the C kernels, or
 * along axis 0 / 1 of a 2-D array. Whole-array results are numpy scalars; axis results are
 * 1-D arrays. Empty inputs raise NumPy's ValueErrors; a bad axis raises
 * {@code numpy.exceptions.AxisError} (a ValueError and IndexError).
 *
 * <p>Order of operations: the whole-array sum is the kernel's blocked pairwise sum (NumPy's is
 * pairwise too, in other blocks, so the last bits may differ on inexact data); axis 0 adds the
 * rows in order, as NumPy does for a C-contiguous array. Axis reductions are one fused kernel
 * call over the whole matrix ({@link AxisReductions}), not one call per row or column.
 */
final class Reductions {
    static final PyType AXIS_ERROR = PyType.builtin("numpy.exceptions", "AxisError", new PyType[] {PyExc.ValueError, PyExc.IndexError}, true);

    enum Kind {
        SUM("sum"), MEAN("mean"), MIN("minimum"), MAX("maximum"), ARGMAX("argmax");

        final String ufunc;

        Kind(String ufunc) {
            this.ufunc = ufunc;
        }
    }

    private Reductions() {}

    /** {@code axis=} as -1 for None, else a checked axis in [0, ndim). */
    static int axis(ThreadState ts, NdArray a, PyObject axis) {
        if (axis == null || axis == PyNone.NONE) return -1;
        if (!Shapes.isInteger(axis)) throw Errors.typeError("'" + axis.type().name() + "' object cannot be interpreted as an integer");
        long v = Ops.index(ts, axis).asLong();
        if (v < -a.ndim() || v >= a.ndim())
            throw Errors.of(AXIS_ERROR, "axis " + v + " is out of bounds for array of dimension " + a.ndim());
        return (int) (v < 0 ? v + a.ndim() : v);
    }

    static PyObject reduce(ThreadState ts, Kind kind, NdArray a, int axis) {
        if (axis < 0 || a.ndim() == 1) return whole(ts, kind, Creation.contiguous(ts, a));
        return alongAxis(ts, kind, Creation.contiguous(ts, a), axis);
    }

    /**
     * One reduction along axis 0 or 1 of a contiguous 2-D array: one kernel call for the whole
     * matrix ({@link AxisReductions}), which releases the GIL once above the threshold.
     */
    private static NdArray alongAxis(ThreadState ts, Kind kind, NdArray c, int axis) {
        int rows = c.shape[0], cols = c.shape[1];
        int outer = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
        if (len == 0 && outer > 0 && kind != Kind.SUM && kind != Kind.MEAN) {
            throw Errors.valueError(kind == Kind.ARGMAX ? "attempt to get argmax of an empty sequence"
                    : "zero-size array to reduction operation " + kind.ufunc + " which has no identity");
        }
        DType odt = kind == Kind.ARGMAX ? DType.INT64 : kind == Kind.MEAN ? DType.FLOAT64
                : c.dtype == DType.BOOL && kind == Kind.SUM ? DType.INT64 : c.dtype;
        NdArray out = NdArray.allocate(odt, new int[] {outer});
        AxisReductions.Op op = AxisReductions.Op.values()[kind.ordinal()];
        NumpyKernels.runVoid(ts, () -> {
            if (c.dtype == DType.FLOAT64) AxisReductions.reduceF64(c.flat, rows, cols, axis, op, out.flat, ReleasePolicy.AUTO);
            else AxisReductions.reduceI64(c.flat, rows, cols, axis, op, out.flat, ReleasePolicy.AUTO);
        });
        return out;
    }

    /** A reduction over all elements of a contiguous array. */
    static PyObject whole(ThreadState ts, Kind kind, NdArray c) {
        if (c.size == 0 && kind != Kind.SUM && kind != Kind.MEAN) {
            throw Errors.valueError(kind == Kind.ARGMAX ? "attempt to get argmax of an empty sequence"
                    : "zero-size array to reduction operation " + kind.ufunc + " which has no identity");
        }
        boolean f = c.dtype == DType.FLOAT64;
        switch (kind) {
            case SUM:
                return f ? Scalars.float64(NumpyKernels.run(ts, () -> ArrayKernels.sumF64(c.flat, ReleasePolicy.AUTO)))
                        : Scalars.int64(NumpyKernels.run(ts, () -> ArrayKernels.sumI64(c.flat, ReleasePolicy.AUTO)));
            case MEAN: {
                double s = f ? NumpyKernels.run(ts, () -> ArrayKernels.sumF64(c.flat, ReleasePolicy.AUTO))
                        : (double) NumpyKernels.run(ts, () -> ArrayKernels.sumI64(c.flat, ReleasePolicy.AUTO));
                return Scalars.float64(s / c.size);
            }
            case MIN:
                return f ? Scalars.float64(NumpyKernels.run(ts, () -> ArrayKernels.minF64(c.flat, ReleasePolicy.AUTO)))
                        : scalarOf(c.dtype, NumpyKernels.run(ts, () -> ArrayKernels.minI64(c.flat, ReleasePolicy.AUTO)));
            case MAX:
                return f ? Scalars.float64(NumpyKernels.run(ts, () -> ArrayKernels.maxF64(c.flat, ReleasePolicy.AUTO)))
                        : scalarOf(c.dtype, NumpyKernels.run(ts, () -> ArrayKernels.maxI64(c.flat, ReleasePolicy.AUTO)));
            default:
                return Scalars.int64(NumpyKernels.run(ts, () -> f ? ArrayKernels.argmaxF64(c.flat, ReleasePolicy.AUTO)
                        : ArrayKernels.argmaxI64(c.flat, ReleasePolicy.AUTO)));
        }
    }

    private static PyObject scalarOf(DType dt, long v) {
        return dt == DType.BOOL ? Scalars.bool(v != 0) : Scalars.int64(v);
    }

    /** The fast path of {@code a.sum()}: a C-contiguous array, no arguments. */
    static PyObject sumFast(NdArray a) {
        if (a.dtype == DType.FLOAT64) return new Scalars.Float64(ArrayKernels.sumF64(a.flat, ReleasePolicy.AUTO));
        return Scalars.int64(ArrayKernels.sumI64(a.flat, ReleasePolicy.AUTO));
    }
}
