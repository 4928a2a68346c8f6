package org.gilkit.modules.numpy;

import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * The array kernels of {@code gilkit.kernels} ({@code sum(a, *, policy)}, {@code dot(a, b, *,
 * policy)}) on ndarrays, with an explicit GIL release policy: the functions
 * {@code org.gilkit.modules.GilkitKernelsModule} registers. The array is used in place when it
 * is C-contiguous (a view is copied contiguous first); lists and tuples of numbers are
 * converted. Results are Python floats (ints for an int64 sum).
 */
public final class KernelFunctions {
    private KernelFunctions() {}

    /** {@code gilkit.kernels.sum(a, *, policy='auto')}. */
    public static PyObject sum(ThreadState ts, PyObject a, ReleasePolicy policy) {
        NdArray c = Creation.contiguous(ts, array(ts, a, "sum"));
        if (c.dtype == DType.FLOAT64) return new PyFloat(NumpyKernels.run(ts, () -> ArrayKernels.sumF64(c.flat, policy)));
        return PyInt.of(NumpyKernels.run(ts, () -> ArrayKernels.sumI64(c.flat, policy)));
    }

    /** {@code gilkit.kernels.dot(a, b, *, policy='auto')}: float64 vectors of the same length. */
    public static PyObject dot(ThreadState ts, PyObject a, PyObject b, ReleasePolicy policy) {
        NdArray x = array(ts, a, "dot"), y = array(ts, b, "dot");
        if (x.ndim() != 1 || y.ndim() != 1)
            throw Errors.valueError("dot() takes 1-D arrays, not shapes " + Shapes.compact(x.shape) + " and " + Shapes.compact(y.shape));
        if (x.size != y.size)
            throw Errors.valueError("shapes " + Shapes.compact(x.shape) + " and " + Shapes.compact(y.shape) + " not aligned: "
                    + x.size + " (dim 0) != " + y.size + " (dim 0)");
        NdArray xs = Elementwise.prepare(ts, x, x.shape, DType.FLOAT64), ys = Elementwise.prepare(ts, y, y.shape, DType.FLOAT64);
        return new PyFloat(NumpyKernels.run(ts, () -> ArrayKernels.dot(xs.flat, ys.flat, policy)));
    }

    private static NdArray array(ThreadState ts, PyObject o, String fname) {
        NdArray a = Creation.asArray(ts, o);
        if (a == null) throw Errors.typeError(fname + "() argument must be an ndarray, list or tuple, not '" + o.type().name() + "'");
        return a;
    }
}
