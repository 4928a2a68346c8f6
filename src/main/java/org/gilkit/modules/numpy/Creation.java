package org.gilkit.modules.numpy;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * Array creation: {@code array}, {@code zeros}, {@code ones}, {@code empty}, {@code full},
 * {@code arange}, {@code linspace}, and conversion of an operand ({@link #asArray}). Nested
 * lists/tuples give 1-D or 2-D arrays with NumPy's dtype inference (any float: float64, else
 * any int: int64, else bool) and its "inhomogeneous shape" ValueError for ragged input.
 */
final class Creation {
    private Creation() {}

    /** {@code np.array(obj, dtype=None)}: always a new array (a copy of an ndarray). */
    static NdArray array(ThreadState ts, PyObject obj, DType dtype) {
        if (obj instanceof NdArray a) return astype(ts, a, dtype == null ? a.dtype : dtype);
        if (!(obj instanceof PyList || obj instanceof PyTuple)) {
            if (Elements.kindOf(obj) != null)
                throw Errors.notImplementedError("gilkit numpy supports 1-D and 2-D arrays only, not 0-d arrays (np.array of a scalar)");
            throw Errors.notImplementedError("gilkit numpy builds arrays from lists, tuples and ndarrays only, not '" + obj.type().name() + "'");
        }
        List<PyObject> flat = new ArrayList<>();
        int[] shape = nestedShape(ts, obj, flat);
        DType inferred = DType.BOOL;
        for (PyObject o : flat) {
            DType k = Elements.kindOf(o);
            if (k == null) throw Elements.notNumber(o);
            if (o instanceof PyInt big && big.isBig())
                throw Errors.notImplementedError("gilkit numpy supports int64 elements only; " + big.bigValue() + " needs uint64 or object dtype");
            if (k == DType.FLOAT64 || inferred == DType.FLOAT64) inferred = DType.FLOAT64;
            else if (k == DType.INT64) inferred = DType.INT64;
        }
        if (flat.isEmpty()) inferred = DType.FLOAT64;
        NdArray out = NdArray.allocate(dtype == null ? inferred : dtype, shape);
        for (int i = 0; i < flat.size(); i++) store(ts, out, i, flat.get(i));
        return out;
    }

    /** Stores a Python number at row-major index {@code i}, converted to the array's dtype. */
    static void store(ThreadState ts, NdArray a, long i, PyObject v) {
        switch (a.dtype) {
            case FLOAT64: a.setDouble(i, Elements.toDouble(ts, v)); break;
            case INT64: a.setLong(i, Elements.toLong(ts, v)); break;
            default: a.setLong(i, Ops.isTrue(ts, v) ? 1 : 0);
        }
    }

    /** The shape of nested lists (one or two levels), collecting the leaves in row-major order. */
    private static int[] nestedShape(ThreadState ts, PyObject obj, List<PyObject> out) {
        PyObject[] items = seq(obj);
        boolean anySeq = false, allSeq = items.length > 0;
        for (PyObject o : items) {
            boolean s = isSeq(o);
            anySeq |= s;
            allSeq &= s;
        }
        if (!anySeq) {
            for (PyObject o : items) out.add(o);
            return new int[] {items.length};
        }
        if (!allSeq) throw inhomogeneous(items.length);
        int cols = -1;
        for (PyObject row : items) {
            PyObject[] r = row instanceof NdArray a ? rowOf(ts, a) : seq(row);
            if (cols >= 0 && r.length != cols) throw inhomogeneous(items.length);
            cols = r.length;
            for (PyObject o : r) {
                if (isSeq(o)) throw Errors.notImplementedError("gilkit numpy supports 1-D and 2-D arrays only, not 3-D input");
                out.add(o);
            }
        }
        return new int[] {items.length, cols};
    }

    private static PyObject[] rowOf(ThreadState ts, NdArray a) {
        if (a.ndim() != 1) throw Errors.notImplementedError("gilkit numpy supports 1-D and 2-D arrays only, not 3-D input");
        PyObject[] r = new PyObject[(int) a.size];
        for (int i = 0; i < r.length; i++) r[i] = Scalars.of(a, i);
        return r;
    }

    private static boolean isSeq(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof NdArray;
    }

    private static PyObject[] seq(PyObject o) {
        return o instanceof PyList l ? l.toArray() : ((PyTuple) o).items();
    }

    private static org.gilkit.runtime.PyException inhomogeneous(int n) {
        return Errors.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. "
                + "The detected shape was (" + n + ",) + inhomogeneous part.");
    }

    /** A copy of {@code a} as {@code dtype} (C-contiguous). */
    static NdArray astype(ThreadState ts, NdArray a, DType dtype) {
        NdArray src = contiguous(ts, a);
        NdArray out = NdArray.allocate(dtype, a.shape);
        if (src.dtype == dtype || src.dtype != DType.FLOAT64 && dtype != DType.FLOAT64 && dtype != DType.BOOL) {
            NumpyKernels.runVoid(ts, () -> ArrayKernels.copyStrided(src.flat, 0, 1, out.flat, 0, 1, a.size, ReleasePolicy.AUTO));
        } else if (dtype == DType.FLOAT64) {
            NumpyKernels.runVoid(ts, () -> ArrayKernels.convertI64ToF64(src.flat, out.flat, ReleasePolicy.AUTO));
        } else {
            for (long i = 0; i < a.size; i++) {
                double d = src.getDouble(i);
                out.setLong(i, dtype == DType.BOOL ? (d != 0 ? 1 : 0) : (long) d);
            }
        }
        return out;
    }

    /** {@code a} itself when C-contiguous, else a contiguous copy (a strided kernel copy per row). */
    static NdArray contiguous(ThreadState ts, NdArray a) {
        if (a.flat != null) return a;
        NdArray out = NdArray.allocate(a.dtype, a.shape);
        if (a.ndim() == 1) {
            NumpyKernels.runVoid(ts, () -> ArrayKernels.copyStrided(a.buffer, a.offset, a.strides[0], out.flat, 0, 1, a.size, ReleasePolicy.AUTO));
        } else {
            for (int r = 0; r < a.shape[0]; r++) {
                long start = a.offset + r * a.strides[0], dst = (long) r * a.shape[1];
                NumpyKernels.runVoid(ts, () -> ArrayKernels.copyStrided(a.buffer, start, a.strides[1], out.flat, dst, 1, a.shape[1], ReleasePolicy.AUTO));
            }
        }
        return out;
    }

    /** zeros / ones / empty / full: a new array of {@code shape} filled with {@code value}. */
    static NdArray filled(ThreadState ts, int[] shape, DType dtype, PyObject value) {
        NdArray out = NdArray.allocate(dtype, shape);
        if (value == null) return out; // zeroed memory: zeros and empty
        if (dtype == DType.FLOAT64) {
            double v = Elements.toDouble(ts, value);
            NumpyKernels.runVoid(ts, () -> ArrayKernels.fillF64(out.flat, v, ReleasePolicy.AUTO));
        } else {
            long v = dtype == DType.BOOL ? (Ops.isTrue(ts, value) ? 1 : 0) : Elements.toLong(ts, value);
            NumpyKernels.runVoid(ts, () -> ArrayKernels.fillI64(out.flat, v, ReleasePolicy.AUTO));
        }
        return out;
    }

    /** {@code full}'s dtype when not given: the fill value's. */
    static DType dtypeOf(PyObject value) {
        DType k = Elements.kindOf(value);
        if (k == null) throw Elements.notNumber(value);
        return k;
    }

    /** {@code arange([start,] stop[, step], dtype=None)}. */
    static NdArray arange(ThreadState ts, PyObject[] args, DType dtype) {
        if (args.length == 0 || args.length > 3) throw Errors.typeError("arange() requires stop to be specified.");
        PyObject start = args.length == 1 ? PyInt.ZERO : args[0], stop = args.length == 1 ? args[0] : args[1];
        PyObject step = args.length == 3 ? args[2] : PyInt.ONE;
        boolean allInt = true;
        for (PyObject o : new PyObject[] {start, stop, step}) {
            DType k = Elements.kindOf(o);
            if (k == null) throw Elements.notNumber(o);
            allInt &= k != DType.FLOAT64;
        }
        DType dt = dtype != null ? dtype : allInt ? DType.INT64 : DType.FLOAT64;
        if (allInt) return arangeInt(ts, Elements.toLong(ts, start), Elements.toLong(ts, stop), Elements.toLong(ts, step), dt);
        double a = Elements.toDouble(ts, start), b = Elements.toDouble(ts, stop), s = Elements.toDouble(ts, step);
        if (s == 0) throw Errors.zeroDivision("division by zero");
        double len = Math.ceil((b - a) / s);
        if (Double.isNaN(len)) throw Errors.valueError("arange: cannot compute length");
        if (len > Integer.MAX_VALUE) throw Errors.valueError("Maximum allowed size exceeded");
        int[] shape = {(int) Math.max(0, Math.min(len, Integer.MAX_VALUE))};
        Shapes.check(shape);
        NdArray out = NdArray.allocate(dt, shape);
        double delta = (a + s) - a;
        for (int i = 0; i < shape[0]; i++) {
            double v = i == 0 ? a : a + i * delta;
            if (dt == DType.FLOAT64) out.setDouble(i, v);
            else out.setLong(i, (long) v);
        }
        return out;
    }

    private static NdArray arangeInt(ThreadState ts, long a, long b, long s, DType dt) {
        if (s == 0) throw Errors.zeroDivision("division by zero");
        double len = Math.ceil(((double) b - a) / s);
        long n = Math.max(0, s > 0 ? (b - a + s - 1) / s : (a - b - s - 1) / -s);
        if (len <= 0) n = 0;
        if (n > Integer.MAX_VALUE) throw Errors.valueError("Maximum allowed size exceeded");
        int[] shape = {(int) n};
        Shapes.check(shape);
        NdArray out = NdArray.allocate(dt, shape);
        for (int i = 0; i < n; i++) {
            if (dt == DType.FLOAT64) out.setDouble(i, (double) (a + i * s));
            else out.setLong(i, a + i * s);
        }
        return out;
    }

    /** {@code linspace(start, stop, num=50, endpoint=True)}: NumPy's i*step + start, stop exact at the end. */
    static NdArray linspace(ThreadState ts, double start, double stop, long num, boolean endpoint, DType dtype) {
        if (num < 0) throw Errors.valueError("Number of samples, " + num + ", must be non-negative.");
        if (num > Integer.MAX_VALUE) throw Errors.valueError("Maximum allowed size exceeded");
        int n = (int) num;
        NdArray out = NdArray.allocate(dtype == null ? DType.FLOAT64 : dtype, new int[] {n});
        long div = endpoint ? n - 1 : n;
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        for (int i = 0; i < n; i++) {
            double v = div > 0 ? (step == 0 ? i / (double) div * delta : i * step) + start : i * delta + start;
            if (endpoint && n > 1 && i == n - 1) v = stop;
            if (out.dtype == DType.FLOAT64) out.setDouble(i, v);
            else out.setLong(i, (long) Math.floor(v));
        }
        return out;
    }

    /** An operand of arithmetic as an array: ndarrays as they are, lists converted; null otherwise. */
    static NdArray asArray(ThreadState ts, PyObject o) {
        if (o instanceof NdArray a) return a;
        if (o instanceof PyList || o instanceof PyTuple) return array(ts, o, null);
        return null;
    }

    static boolean isScalar(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool;
    }

    /** Copies the C-contiguous {@code src} (same shape and dtype) into the possibly strided {@code dst}. */
    static void copyInto(ThreadState ts, NdArray dst, NdArray src) {
        if (dst.size == 0) return;
        if (dst.ndim() == 1) {
            NumpyKernels.runVoid(ts, () -> ArrayKernels.copyStrided(src.flat, 0, 1, dst.buffer, dst.offset, dst.strides[0], dst.size, ReleasePolicy.AUTO));
            return;
        }
        for (int r = 0; r < dst.shape[0]; r++) {
            long from = (long) r * dst.shape[1], to = dst.offset + r * dst.strides[0];
            NumpyKernels.runVoid(ts, () -> ArrayKernels.copyStrided(src.flat, from, 1, dst.buffer, to, dst.strides[1], dst.shape[1], ReleasePolicy.AUTO));
        }
    }

    /**
     * {@code a} expanded to {@code shape} (NumPy broadcasting, dimensions aligned on the right,
     * size-1 or missing dimensions repeated) as a new C-contiguous array: a strided copy per
     * row whose stride is 0 along repeated dimensions. The shapes were checked compatible.
     */
    static NdArray broadcastTo(ThreadState ts, NdArray a, int[] shape) {
        NdArray out = NdArray.allocate(a.dtype, shape);
        if (out.size == 0) return out;
        int cols = shape[shape.length - 1];
        long colStride = a.shape[a.ndim() - 1] == 1 ? 0 : a.strides[a.ndim() - 1];
        int rows = shape.length == 2 ? shape[0] : 1;
        long rowStride = a.ndim() == 2 && a.shape[0] != 1 ? a.strides[0] : 0;
        for (int r = 0; r < rows; r++) {
            long from = a.offset + r * rowStride, to = (long) r * cols;
            NumpyKernels.runVoid(ts, () -> ArrayKernels.copyStrided(a.buffer, from, colStride, out.flat, to, 1, cols, ReleasePolicy.AUTO));
        }
        return out;
    }
}
