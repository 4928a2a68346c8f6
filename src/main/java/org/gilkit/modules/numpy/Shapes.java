package org.gilkit.modules.numpy;

import org.gilkit.kernels.NativeBuffer;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * Shapes: parsing a Python shape argument, sizes with overflow checks, row-major strides, and
 * NumPy's texts for shapes in messages ("(3,)", "(2, 3)").
 */
final class Shapes {
    /** The subset's largest number of dimensions. */
    static final int MAX_NDIM = 2;

    private Shapes() {}

    /** The number of elements; the shape was validated (non-negative, size fits a buffer). */
    static long size(int[] shape) {
        long n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** Row-major (C-order) strides in elements. */
    static long[] contiguousStrides(int[] shape) {
        long[] s = new long[shape.length];
        long step = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            s[d] = step;
            step *= Math.max(shape[d], 1);
        }
        return s;
    }

    /**
     * A shape argument ({@code 3}, {@code (2, 3)}, {@code [2, 3]}) as validated dimensions:
     * "negative dimensions are not allowed" (ValueError), non-integers are NumPy's TypeError,
     * more than two dimensions NotImplementedError, too many elements ValueError.
     */
    static int[] parse(ThreadState ts, PyObject o) {
        PyObject[] dims = o instanceof PyTuple t ? t.items() : o instanceof PyList l ? l.toArray() : new PyObject[] {o};
        if (!(o instanceof PyTuple || o instanceof PyList) && !isInteger(o))
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        if (dims.length == 0 || dims.length > MAX_NDIM)
            throw Errors.notImplementedError("gilkit numpy supports 1-D and 2-D arrays only, not shape " + text(ts, dims));
        int[] shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) shape[i] = dimension(ts, dims[i]);
        check(shape);
        return shape;
    }

    private static int dimension(ThreadState ts, PyObject d) {
        if (!isInteger(d)) throw Errors.typeError("'" + d.type().name() + "' object cannot be interpreted as an integer");
        PyInt v = Ops.index(ts, d);
        if (v.signum() < 0) throw Errors.valueError("negative dimensions are not allowed");
        if (v.isBig() || v.longValue() > Integer.MAX_VALUE) throw Errors.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        return (int) v.longValue();
    }

    /** Rejects shapes whose buffer would exceed what NativeBuffer can allocate. */
    static void check(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw Errors.valueError("negative dimensions are not allowed");
            if (d != 0 && n > NativeBuffer.MAX_BYTES / 8 / d)
                throw Errors.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
            n *= d;
        }
    }

    static boolean isInteger(PyObject o) {
        return o instanceof PyInt || !(o instanceof org.gilkit.runtime.PyFloat) && Ops.lookupSpecial(o, "__index__") != null;
    }

    /** NumPy's shape text: "(3,)", "(2, 3)". */
    static String text(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sb.append(i == 0 ? "" : ", ").append(shape[i]);
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static String text(ThreadState ts, PyObject[] dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) sb.append(i == 0 ? "" : ", ").append(Ops.repr(ts, dims[i]));
        return sb.append(dims.length == 1 ? ",)" : ")").toString();
    }

    /** The compact shape text of NumPy's broadcast and alignment errors: "(2,3)", "(3,)". */
    static String compact(int[] shape) {
        return text(shape).replace(", ", ",");
    }

    /** The shape as a Python tuple. */
    static PyTuple tuple(int[] shape) {
        PyObject[] items = new PyObject[shape.length];
        for (int i = 0; i < shape.length; i++) items[i] = PyInt.of(shape[i]);
        return new PyTuple(items);
    }

    /** NumPy's ValueError for operands whose shapes do not broadcast (note the trailing space). */
    static org.gilkit.runtime.PyException broadcastError(int[] a, int[] b) {
        return Errors.valueError("operands could not be broadcast together with shapes " + compact(a) + " " + compact(b) + " ");
    }
}
