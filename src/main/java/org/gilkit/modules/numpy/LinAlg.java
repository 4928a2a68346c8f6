package org.gilkit.modules.numpy;

import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * {@code np.dot}, {@code a.dot(b)}, {@code a @ b} and {@code a.T} for 1-D and 2-D arrays.
 * float64 products run in the C kernels (dot, and the cache-blocked matmul for matrix-matrix,
 * matrix-vector and vector-matrix products, which share the row-major layout); int64 products
 * are exact Java loops (wrapping as NumPy's). Mismatched shapes raise NumPy's texts: dot's
 * "shapes (2,3) and (4,) not aligned: ..." and matmul's gufunc core-dimension message.
 */
final class LinAlg {
    private LinAlg() {}

    /** {@code a.T}: a view with the axes swapped (1-D arrays are their own transpose). */
    static NdArray transpose(NdArray a) {
        if (a.ndim() == 1) return a;
        return new NdArray(a.buffer, a.dtype, a.offset, new int[] {a.shape[1], a.shape[0]}, new long[] {a.strides[1], a.strides[0]});
    }

    /** {@code np.dot(a, b)}. */
    static PyObject dot(ThreadState ts, NdArray a, NdArray b) {
        int ka = a.shape[a.ndim() - 1], kb = b.ndim() == 1 ? b.shape[0] : b.shape[0];
        if (ka != kb)
            throw Errors.valueError("shapes " + Shapes.compact(a.shape) + " and " + Shapes.compact(b.shape) + " not aligned: " + ka
                    + " (dim " + (a.ndim() - 1) + ") != " + kb + " (dim 0)");
        return product(ts, a, b);
    }

    /** {@code a @ b}. */
    static PyObject matmul(ThreadState ts, NdArray a, NdArray b) {
        int ka = a.shape[a.ndim() - 1], kb = b.shape[0];
        if (ka != kb)
            throw Errors.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + "(n?,k),(k,m?)->(n?,m?) (size " + kb + " is different from " + ka + ")");
        return product(ts, a, b);
    }

    /** The product of aligned operands: a scalar for two vectors, else an array. */
    private static PyObject product(ThreadState ts, NdArray a, NdArray b) {
        DType dt = DType.promote(a.dtype, b.dtype);
        NdArray x = Elementwise.prepare(ts, a, a.shape, dt), y = Elementwise.prepare(ts, b, b.shape, dt);
        int m = a.ndim() == 2 ? a.shape[0] : 1, k = a.shape[a.ndim() - 1], n = b.ndim() == 2 ? b.shape[1] : 1;
        if (a.ndim() == 1 && b.ndim() == 1) {
            if (dt == DType.FLOAT64) return Scalars.float64(NumpyKernels.run(ts, () -> ArrayKernels.dot(x.flat, y.flat, ReleasePolicy.AUTO)));
            return Scalars.int64(intProduct(x, y, 1, k, 1)[0]);
        }
        int[] shape = a.ndim() == 1 ? new int[] {n} : b.ndim() == 1 ? new int[] {m} : new int[] {m, n};
        Shapes.check(shape);
        NdArray out = NdArray.allocate(dt, shape);
        if (dt == DType.FLOAT64) {
            NumpyKernels.runVoid(ts, () -> ArrayKernels.matmul(x.flat, y.flat, out.flat, m, k, n, ReleasePolicy.AUTO));
        } else {
            long[] r = intProduct(x, y, m, k, n);
            out.flat.putLongs(0, r, 0, r.length);
        }
        return out;
    }

    private static long[] intProduct(NdArray x, NdArray y, int m, int k, int n) {
        long[] a = x.toLongs(), b = y.toLongs(), c = new long[Math.multiplyExact(m, n)];
        for (int i = 0; i < m; i++)
            for (int p = 0; p < k; p++) {
                long v = a[i * k + p];
                for (int j = 0; j < n; j++) c[i * n + j] += v * b[p * n + j];
            }
        return c;
    }
}
