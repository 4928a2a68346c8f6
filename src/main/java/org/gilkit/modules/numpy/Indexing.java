package org.gilkit.modules.numpy;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySlice;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * {@code a[key]} and {@code a[key] = value} for integer and slice keys, one per axis
 * ({@code a[i]}, {@code a[-1]}, {@code a[i, j]}, {@code a[1:3]}, {@code a[::2]},
 * {@code a[:, 0]}). Slices and partial integer indexes give views sharing the buffer; a full
 * integer index gives a numpy scalar. Every index is checked here (IndexError with NumPy's
 * texts) so views never address memory outside their buffer. Fancy and boolean indexing,
 * Ellipsis and newaxis raise NotImplementedError.
 */
final class Indexing {
    private static final String VALID = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

    private Indexing() {}

    /** {@code a[key]}: a numpy scalar or a view. */
    static PyObject get(ThreadState ts, NdArray a, PyObject key) {
        if (key instanceof PyInt && a.ndim() == 1) return Scalars.of(a, index(ts, key, a.shape[0], 0));
        return view(ts, a, key);
    }

    /** The view (or scalar, when every axis got an integer) that {@code key} selects. */
    private static PyObject view(ThreadState ts, NdArray a, PyObject key) {
        PyObject[] keys = key instanceof PyTuple t ? t.items() : new PyObject[] {key};
        if (keys.length > a.ndim())
            throw Errors.indexError("too many indices for array: array is " + a.ndim() + "-dimensional, but " + keys.length + " were indexed");
        long offset = a.offset;
        int[] shape = new int[a.ndim()];
        long[] strides = new long[a.ndim()];
        int nd = 0;
        for (int axis = 0; axis < a.ndim(); axis++) {
            PyObject k = axis < keys.length ? keys[axis] : new PySlice(org.gilkit.runtime.PyNone.NONE, org.gilkit.runtime.PyNone.NONE, org.gilkit.runtime.PyNone.NONE);
            if (k instanceof PySlice s) {
                PySlice.Bounds b = s.indices(ts, a.shape[axis]);
                if (b.length() > 0) offset += b.start() * a.strides[axis];
                shape[nd] = b.length();
                strides[nd++] = a.strides[axis] * b.step();
            } else if (Shapes.isInteger(k) && !(k instanceof org.gilkit.runtime.PyBool)) {
                offset += index(ts, k, a.shape[axis], axis) * a.strides[axis];
            } else {
                throw unsupported(k);
            }
        }
        if (nd == 0) {
            NdArray one = new NdArray(a.buffer, a.dtype, offset, new int[] {1}, new long[] {1});
            return Scalars.of(one, 0);
        }
        return new NdArray(a.buffer, a.dtype, offset, java.util.Arrays.copyOf(shape, nd), java.util.Arrays.copyOf(strides, nd));
    }

    private static org.gilkit.runtime.PyException unsupported(PyObject k) {
        if (k instanceof NdArray || k instanceof org.gilkit.runtime.PyList || k instanceof org.gilkit.runtime.PyBool)
            return Errors.notImplementedError("gilkit numpy does not support fancy or boolean indexing (index of type '" + k.type().name() + "')");
        if (k == org.gilkit.runtime.PySingleton.ELLIPSIS || k == org.gilkit.runtime.PyNone.NONE)
            return Errors.notImplementedError("gilkit numpy does not support Ellipsis or newaxis (None) in indexes");
        return Errors.indexError(VALID);
    }

    /** A checked, normalised integer index into an axis of length {@code n}. */
    static long index(ThreadState ts, PyObject k, int n, int axis) {
        PyInt v = Ops.index(ts, k);
        long i = v.isBig() ? (v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : v.longValue();
        if (i < -n || i >= n) {
            String shown = v.isBig() ? v.bigValue().toString() : Long.toString(i);
            throw Errors.indexError("index " + shown + " is out of bounds for axis " + axis + " with size " + n);
        }
        return i < 0 ? i + n : i;
    }

    /** {@code a[key] = value}: a number, an array or a list, broadcast to the selection. */
    static void set(ThreadState ts, NdArray a, PyObject key, PyObject value) {
        PyObject target = key instanceof PyInt && a.ndim() == 1 ? null : view(ts, a, key);
        if (target == null) {
            Creation.store(ts, oneElement(a, index(ts, key, a.shape[0], 0) * a.strides[0]), 0, checkedScalar(value));
            return;
        }
        if (!(target instanceof NdArray dst)) {
            // every axis got an integer: find the element again through a 1-element view
            PyObject[] keys = ((PyTuple) key).items();
            long off = 0;
            for (int axis = 0; axis < keys.length; axis++) off += index(ts, keys[axis], a.shape[axis], axis) * a.strides[axis];
            Creation.store(ts, oneElement(a, off), 0, checkedScalar(value));
            return;
        }
        assign(ts, dst, value);
    }

    private static NdArray oneElement(NdArray a, long relOffset) {
        return new NdArray(a.buffer, a.dtype, a.offset + relOffset, new int[] {1}, new long[] {1});
    }

    private static PyObject checkedScalar(PyObject v) {
        if (Creation.isScalar(v)) return v;
        if (v instanceof NdArray || v instanceof org.gilkit.runtime.PyList || v instanceof PyTuple)
            throw Errors.valueError("setting an array element with a sequence.");
        throw Elements.notNumber(v);
    }

    /** Fills the view {@code dst} from a scalar or a broadcastable array. */
    static void assign(ThreadState ts, NdArray dst, PyObject value) {
        if (Creation.isScalar(value)) {
            for (long i = 0; i < dst.size; i++) Creation.store(ts, dst, i, value);
            return;
        }
        NdArray src = Creation.asArray(ts, value);
        if (src == null) throw Elements.notNumber(value);
        if (!broadcastsTo(src.shape, dst.shape))
            throw Errors.valueError("could not broadcast input array from shape " + Shapes.compact(src.shape) + " into shape " + Shapes.compact(dst.shape));
        NdArray c = Elementwise.prepare(ts, src, dst.shape, dst.dtype);
        if (c.buffer == dst.buffer) c = Creation.astype(ts, c, dst.dtype); // overlapping: a[1:] = a[:-1]
        Creation.copyInto(ts, dst, c);
    }

    /** Whether {@code from} broadcasts to exactly {@code to} (dimensions aligned on the right). */
    private static boolean broadcastsTo(int[] from, int[] to) {
        if (from.length > to.length) return false;
        for (int i = 1; i <= from.length; i++) {
            int f = from[from.length - i], t = to[to.length - i];
            if (f != t && f != 1) return false;
        }
        return true;
    }
}
