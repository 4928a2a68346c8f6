package org.gilkit.modules.numpy;

import java.util.Arrays;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.BinaryOp;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Elementwise arithmetic: {@code + - * /} between arrays (NumPy broadcasting of 1-D and 2-D
 * shapes) or an array and a Python/numpy scalar, their in-place forms, negation, and the unary
 * functions sqrt and exp. The C kernels do the arithmetic on contiguous operands (views and
 * broadcast operands are first copied contiguous by the strided kernel) and release the GIL
 * above their thresholds (policy auto).
 *
 * <p>Types follow NumPy 2: int64 with int64 (or a Python int) stays int64 with wrap-around;
 * anything with float64 (or a Python float) is float64; {@code /} is always float64.
 * Arithmetic between two bool operands (NumPy: logical or/and) is NotImplementedError.
 */
final class Elementwise {
    /** NumPy's exception for a ufunc result that cannot be cast to the output (a TypeError). */
    static final org.gilkit.runtime.PyType UFUNC_TYPE_ERROR = org.gilkit.runtime.PyType.builtin("numpy._core._exceptions", "UFuncTypeError",
            new org.gilkit.runtime.PyType[] {org.gilkit.runtime.PyExc.TypeError}, true);

    private Elementwise() {}

    /** NumPy's ufunc name of an operator, for messages. */
    static String ufunc(BinaryOp op) {
        switch (op) {
            case ADD: return "add";
            case SUB: return "subtract";
            case MUL: return "multiply";
            default: return "divide";
        }
    }

    /** {@code self op other} (or {@code other op self} when reflected); null: NotImplemented. */
    static PyObject binary(ThreadState ts, BinaryOp op, NdArray self, PyObject other, boolean reflected) {
        if (Creation.isScalar(other)) return scalarOp(ts, op, self, other, reflected, null);
        NdArray b = Creation.asArray(ts, other);
        if (b == null) return null;
        return reflected ? arrayOp(ts, op, b, self, null) : arrayOp(ts, op, self, b, null);
    }

    /** {@code self op= other}: the result is written into self. */
    static PyObject inplace(ThreadState ts, BinaryOp op, NdArray self, PyObject other) {
        if (Creation.isScalar(other)) return scalarOp(ts, op, self, other, false, self);
        NdArray b = Creation.asArray(ts, other);
        if (b == null) return null;
        return arrayOp(ts, op, self, b, self);
    }

    private static DType resultType(BinaryOp op, DType a, DType b) {
        if (a == DType.BOOL && b == DType.BOOL && op != BinaryOp.DIV)
            throw Errors.notImplementedError("gilkit numpy: arithmetic between two bool operands (ufunc '" + ufunc(op) + "') is not supported");
        return op == BinaryOp.DIV ? DType.FLOAT64 : DType.promote(a, b);
    }

    /** The broadcast shape of two shapes, or NumPy's ValueError. */
    static int[] broadcastShape(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 1; i <= n; i++) {
            int x = i <= a.length ? a[a.length - i] : 1, y = i <= b.length ? b[b.length - i] : 1;
            if (x != y && x != 1 && y != 1) throw Shapes.broadcastError(a, b);
            out[n - i] = x == 1 ? y : x;
        }
        return out;
    }

    /** An operand made C-contiguous, of {@code shape} and of {@code dt} (copies only when needed). */
    static NdArray prepare(ThreadState ts, NdArray x, int[] shape, DType dt) {
        NdArray c = Arrays.equals(x.shape, shape) ? Creation.contiguous(ts, x) : Creation.broadcastTo(ts, x, shape);
        return c.dtype == dt ? c : Creation.astype(ts, c, dt);
    }

    private static NdArray arrayOp(ThreadState ts, BinaryOp op, NdArray x, NdArray y, NdArray out) {
        int[] shape = broadcastShape(x.shape, y.shape);
        DType dt = resultType(op, x.dtype, y.dtype);
        if (out != null) checkOut(op, out, shape, dt);
        DType work = out != null ? out.dtype : dt;
        NdArray xs = prepare(ts, x, shape, work), ys = prepare(ts, y, shape, work);
        NdArray target = out != null && out.flat != null ? out : NdArray.allocate(work, shape);
        NumpyKernels.runVoid(ts, () -> {
            if (work == DType.FLOAT64) ArrayKernels.binaryF64(op, xs.flat, ys.flat, target.flat, ReleasePolicy.AUTO);
            else ArrayKernels.binaryI64(op, xs.flat, ys.flat, target.flat, ReleasePolicy.AUTO);
        });
        if (out != null && target != out) Creation.copyInto(ts, out, target);
        return out != null ? out : target;
    }

    /** NumPy's same_kind casting of an in-place result, and the output shape rule. */
    private static void checkOut(BinaryOp op, NdArray out, int[] shape, DType dt) {
        if (!Arrays.equals(out.shape, shape))
            throw Errors.valueError("non-broadcastable output operand with shape " + Shapes.compact(out.shape)
                    + " doesn't match the broadcast shape " + Shapes.compact(shape));
        if (dt != out.dtype && !(out.dtype == DType.FLOAT64) && !(out.dtype == DType.INT64 && dt == DType.BOOL))
            throw Errors.of(UFUNC_TYPE_ERROR, "Cannot cast ufunc '" + ufunc(op) + "' output from dtype('" + dt.label() + "') to dtype('"
                    + out.dtype.label() + "') with casting rule 'same_kind'");
    }

    private static NdArray scalarOp(ThreadState ts, BinaryOp op, NdArray a, PyObject s, boolean reflected, NdArray out) {
        DType dt = resultType(op, a.dtype, Elements.kindOf(s));
        if (out != null) checkOut(op, out, a.shape, dt);
        DType work = out != null ? out.dtype : dt;
        NdArray xs = prepare(ts, a, a.shape, work);
        NdArray target = out != null && out.flat != null ? out : NdArray.allocate(work, a.shape);
        if (work == DType.FLOAT64) {
            double v = Elements.toDouble(ts, s);
            NumpyKernels.runVoid(ts, () -> ArrayKernels.scalarF64(op, xs.flat, v, reflected, target.flat, ReleasePolicy.AUTO));
        } else {
            long v = Elements.toLong(ts, s);
            NumpyKernels.runVoid(ts, () -> ArrayKernels.scalarI64(op, xs.flat, v, reflected, target.flat, ReleasePolicy.AUTO));
        }
        if (out != null && target != out) Creation.copyInto(ts, out, target);
        return out != null ? out : target;
    }

    /** {@code -a}. */
    static NdArray negative(ThreadState ts, NdArray a) {
        if (a.dtype == DType.BOOL)
            throw Errors.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
        NdArray xs = Creation.contiguous(ts, a);
        NdArray out = NdArray.allocate(a.dtype, a.shape);
        NumpyKernels.runVoid(ts, () -> {
            if (a.dtype == DType.FLOAT64) ArrayKernels.scalarF64(BinaryOp.MUL, xs.flat, -1.0, false, out.flat, ReleasePolicy.AUTO);
            else ArrayKernels.scalarI64(BinaryOp.SUB, xs.flat, 0, true, out.flat, ReleasePolicy.AUTO);
        });
        return out;
    }

    /** {@code abs(a)}. */
    static NdArray absolute(ThreadState ts, NdArray a) {
        NdArray out = NdArray.allocate(a.dtype, a.shape);
        for (long i = 0; i < a.size; i++) {
            if (a.dtype == DType.FLOAT64) out.setDouble(i, Math.abs(a.getDouble(i)));
            else out.setLong(i, Math.abs(a.getLong(i)));
        }
        return out;
    }

    /** {@code np.sqrt(a)} / {@code np.exp(a)}: float64 results (int input converted first). */
    static NdArray unaryFloat(ThreadState ts, String name, NdArray a) {
        NdArray xs = prepare(ts, a, a.shape, DType.FLOAT64);
        NdArray out = NdArray.allocate(DType.FLOAT64, a.shape);
        NumpyKernels.runVoid(ts, () -> {
            if (name.equals("sqrt")) ArrayKernels.sqrt(xs.flat, out.flat, ReleasePolicy.AUTO);
            else ArrayKernels.exp(xs.flat, out.flat, ReleasePolicy.AUTO);
        });
        return out;
    }

    /** {@code a OP b} for the six comparisons: a bool array (null: NotImplemented). */
    static NdArray compare(ThreadState ts, Ops.Cmp op, NdArray a, PyObject other) {
        NdArray b = Creation.isScalar(other) ? null : Creation.asArray(ts, other);
        if (b == null && !Creation.isScalar(other)) return null;
        int[] shape = b == null ? a.shape : broadcastShape(a.shape, b.shape);
        boolean asFloat = a.dtype == DType.FLOAT64 || (b == null ? Elements.kindOf(other) == DType.FLOAT64 : b.dtype == DType.FLOAT64);
        NdArray x = prepare(ts, a, shape, a.dtype);
        NdArray y = b == null ? null : prepare(ts, b, shape, b.dtype);
        NdArray out = NdArray.allocate(DType.BOOL, shape);
        double sd = b == null && asFloat ? Elements.toDouble(ts, other) : 0;
        long sl = b == null && !asFloat ? Elements.toLong(ts, other) : 0;
        for (long i = 0; i < out.size; i++) {
            boolean r = asFloat ? test(op, x.getDouble(i), y == null ? sd : y.getDouble(i))
                    : testLong(op, x.getLong(i), y == null ? sl : y.getLong(i));
            out.setLong(i, r ? 1 : 0);
        }
        return out;
    }

    private static boolean test(Ops.Cmp op, double p, double q) {
        switch (op) {
            case LT: return p < q;
            case LE: return p <= q;
            case EQ: return p == q;
            case NE: return p != q;
            case GT: return p > q;
            default: return p >= q;
        }
    }

    private static boolean testLong(Ops.Cmp op, long p, long q) {
        switch (op) {
            case LT: return p < q;
            case LE: return p <= q;
            case EQ: return p == q;
            case NE: return p != q;
            case GT: return p > q;
            default: return p >= q;
        }
    }
}
