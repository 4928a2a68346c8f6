package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.ArrayMath;

/**
 * Reductions along one axis of a C-contiguous {@code rows x cols} float64 or int64 matrix, in
 * one native call ({@code gilkit_reduce_axis_f64/_i64}, gilkit/array_math.h): the lock is
 * released once for the whole matrix (above the kernel's threshold), instead of once per output
 * element as a loop of whole-array calls would. Axis 1 reduces each row with the whole-array
 * loops (bit-identical to {@link ArrayKernels#sumF64} etc. of that row); axis 0 combines the rows
 * in order (NumPy's order for a C-contiguous sum).
 *
 * <p>Output element types: double for SUM/MEAN/MIN/MAX of float64 and MEAN of int64; int64 for
 * ARGMAX and SUM/MIN/MAX of int64. Every argument is checked here before C is called. Wired in:
 * {@code numpy} {@code sum/mean/min/max/argmax(axis=0|1)} on 2-D arrays
 * ({@code org.gilkit.modules.numpy.Reductions}).
 */
public final class AxisReductions {
    /** The reduction (the C GILKIT_REDUCE_* codes, in order). */
    public enum Op {
        SUM, MEAN, MIN, MAX, ARGMAX;

        /** True if an empty line has no result (NumPy: "zero-size array to reduction operation"). */
        public boolean needsElements() {
            return this == MIN || this == MAX || this == ARGMAX;
        }
    }

    /** Largest rows or cols accepted (NdArray shapes are ints). */
    public static final long MAX_DIM = Integer.MAX_VALUE;

    static {
        GilkitNative.load();
    }

    private AxisReductions() {}

    /** Reduces float64 {@code a} along {@code axis} into {@code out} (rows or cols elements). */
    public static void reduceF64(NativeBuffer a, long rows, long cols, int axis, Op op, NativeBuffer out, ReleasePolicy policy) {
        run(true, a, rows, cols, axis, op, out, policy);
    }

    /** Reduces int64 {@code a} (bool stored as int64 0/1 too) along {@code axis} into {@code out}. */
    public static void reduceI64(NativeBuffer a, long rows, long cols, int axis, Op op, NativeBuffer out, ReleasePolicy policy) {
        run(false, a, rows, cols, axis, op, out, policy);
    }

    private static void run(boolean f64, NativeBuffer a, long rows, long cols, int axis, Op op, NativeBuffer out, ReleasePolicy policy) {
        String w = f64 ? "reduceF64" : "reduceI64";
        int p = check(a, rows, cols, axis, op, out, policy, w);
        a.pin(w);
        try {
            out.pin(w);
            try {
                if (out.address() < a.address() + a.byteSize() && a.address() < out.address() + out.byteSize())
                    throw new IllegalArgumentException(where(w) + "out must not share memory with a");
                int st = f64 ? ArrayMath.gilkit_reduce_axis_f64(a.address(), rows, cols, axis, op.ordinal(), out.address(), p)
                        : ArrayMath.gilkit_reduce_axis_i64(a.address(), rows, cols, axis, op.ordinal(), out.address(), p);
                KernelStatus.check(st, "AxisReductions." + w);
            } finally {
                out.unpin();
            }
        } finally {
            a.unpin();
        }
    }

    /** Validates everything the C code checks; returns the C policy. */
    private static int check(NativeBuffer a, long rows, long cols, int axis, Op op, NativeBuffer out, ReleasePolicy policy, String w) {
        if (op == null || policy == null) throw new IllegalArgumentException(where(w) + "op and policy must not be null");
        if (axis != 0 && axis != 1) throw new IllegalArgumentException(where(w) + "axis must be 0 or 1, got " + axis);
        if (rows < 0 || cols < 0 || rows > MAX_DIM || cols > MAX_DIM)
            throw new IllegalArgumentException(where(w) + "rows and cols must be in [0, " + MAX_DIM + "], got " + rows + " x " + cols);
        if (cols > 0 && rows > NativeBuffer.MAX_BYTES / 8 / cols)
            throw new IllegalArgumentException(where(w) + rows + " x " + cols + " elements exceed any buffer");
        expect(a, "a", rows * cols, w);
        long outs = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
        expect(out, "out", outs, w);
        if (op.needsElements() && outs > 0 && len == 0)
            throw new IllegalArgumentException(where(w) + "zero-size lines have no " + op.name().toLowerCase(java.util.Locale.ROOT));
        Kernel k = op == Op.SUM || op == Op.MEAN ? Kernel.SUM : Kernel.MINMAX;
        return KernelThresholds.quiet(k, rows * cols * 8, policy) ? ArrayKernels.HOLD_QUIET : policy.code();
    }

    private static void expect(NativeBuffer b, String name, long n, String w) {
        if (b == null) throw new IllegalArgumentException(where(w) + name + " must not be null");
        if (b.isClosed()) throw new IllegalStateException(where(w) + name + " is closed");
        if (b.byteSize() != n * 8)
            throw new IllegalArgumentException(where(w) + name + " has " + b.byteSize() + " bytes, expected " + n + " elements of 8");
        if ((b.address() & 7) != 0) throw new IllegalArgumentException(where(w) + name + " is not 8-byte aligned");
    }

    private static String where(String w) {
        return "AxisReductions." + w + ": ";
    }
}
