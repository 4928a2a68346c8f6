package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.ArrayMath;

/**
 * Array math on contiguous float64 ("F64") and int64 ("I64") data in {@link NativeBuffer}s: the
 * facade of {@code gilkit/array_math.h}. An array is a whole buffer (use
 * {@link NativeBuffer#slice} for part of one): its byte size must be a multiple of 8 and its
 * address 8-byte aligned. Every argument is checked before C is called: null or closed buffers,
 * misaligned views, mismatched lengths, bad dimensions => IllegalArgumentException /
 * IllegalStateException; a cancelled kernel => {@link KernelCancelledException}.
 *
 * <p>Results and their order of operations are documented in {@code array_math.h} (sum is a
 * blocked pairwise sum; min/max propagate NaN; int64 arithmetic wraps). Each call runs on the
 * calling thread and releases its GIL as the {@link ReleasePolicy} says.
 *
 * <p>Wired in: the future {@code numpy} module's ndarray operations call these.
 */
public final class ArrayKernels {
    static {
        GilkitNative.load();
    }

    /** C GILKIT_RELEASE_HOLD_QUIET: hold the lock, record no trace events (tiny inputs). */
    static final int HOLD_QUIET = 3;

    private ArrayKernels() {}

    /** Sum of a float64 array (0.0 when empty). */
    public static double sumF64(NativeBuffer a, ReleasePolicy policy) {
        long n = elements(a, "a", "sumF64");
        if (KernelThresholds.quiet(Kernel.SUM, n * 8, policy)) {
            a.pin("sumF64");
            try {
                return ArrayMath.gilkit_sum_f64_small(a.address(), n);
            } finally {
                a.unpin();
            }
        }
        int p = code(policy, "sumF64");
        Scratch out = Scratch.area();
        a.pin("sumF64");
        try {
            KernelStatus.check(ArrayMath.gilkit_sum_f64(a.address(), n, out.address, p), "ArrayKernels.sumF64");
        } finally {
            a.unpin();
        }
        return out.getDouble();
    }

    /** Wrapping sum of an int64 array. */
    public static long sumI64(NativeBuffer a, ReleasePolicy policy) {
        long n = elements(a, "a", "sumI64");
        if (KernelThresholds.quiet(Kernel.SUM, n * 8, policy)) {
            a.pin("sumI64");
            try {
                return ArrayMath.gilkit_sum_i64_small(a.address(), n);
            } finally {
                a.unpin();
            }
        }
        int p = code(policy, "sumI64");
        Scratch out = Scratch.area();
        a.pin("sumI64");
        try {
            KernelStatus.check(ArrayMath.gilkit_sum_i64(a.address(), n, out.address, p), "ArrayKernels.sumI64");
        } finally {
            a.unpin();
        }
        return out.getLong();
    }

    /** Dot product of two float64 arrays of the same length. */
    public static double dot(NativeBuffer a, NativeBuffer b, ReleasePolicy policy) {
        long n = sameLength(a, b, "dot");
        if (KernelThresholds.quiet(Kernel.DOT, n * 16, policy)) {
            a.pin("dot");
            try {
                b.pin("dot");
                try {
                    return ArrayMath.gilkit_dot_f64_small(a.address(), b.address(), n);
                } finally {
                    b.unpin();
                }
            } finally {
                a.unpin();
            }
        }
        int p = code(policy, "dot");
        Scratch out = Scratch.area();
        a.pin("dot");
        try {
            b.pin("dot");
            try {
                KernelStatus.check(ArrayMath.gilkit_dot_f64(a.address(), b.address(), n, out.address, p), "ArrayKernels.dot");
            } finally {
                b.unpin();
            }
        } finally {
            a.unpin();
        }
        return out.getDouble();
    }

    /** out = a op b elementwise, float64 (out may be a or b: in place). */
    public static void binaryF64(BinaryOp op, NativeBuffer a, NativeBuffer b, NativeBuffer out, ReleasePolicy policy) {
        requireOp(op, "binaryF64");
        call3("binaryF64", Kernel.BINOP, a, b, out, policy, (x, y, o, n, p) -> switch (op) {
            case ADD -> ArrayMath.gilkit_add_f64(x, y, o, n, p);
            case SUB -> ArrayMath.gilkit_sub_f64(x, y, o, n, p);
            case MUL -> ArrayMath.gilkit_mul_f64(x, y, o, n, p);
            case DIV -> ArrayMath.gilkit_div_f64(x, y, o, n, p);
        });
    }

    /** out = a op b elementwise, int64 with wrap-around. @throws IllegalArgumentException for DIV */
    public static void binaryI64(BinaryOp op, NativeBuffer a, NativeBuffer b, NativeBuffer out, ReleasePolicy policy) {
        requireOp(op, "binaryI64");
        if (op == BinaryOp.DIV) throw new IllegalArgumentException("ArrayKernels.binaryI64: DIV is float64 only (true division)");
        call3("binaryI64", Kernel.BINOP, a, b, out, policy, (x, y, o, n, p) -> switch (op) {
            case ADD -> ArrayMath.gilkit_add_i64(x, y, o, n, p);
            case SUB -> ArrayMath.gilkit_sub_i64(x, y, o, n, p);
            default -> ArrayMath.gilkit_mul_i64(x, y, o, n, p);
        });
    }

    /** out = a op s, or s op a when {@code reversed} (NumPy's {@code s - a}, {@code s / a}), float64. */
    public static void scalarF64(BinaryOp op, NativeBuffer a, double s, boolean reversed, NativeBuffer out, ReleasePolicy policy) {
        requireOp(op, "scalarF64");
        call2("scalarF64", Kernel.BINOP, 8, a, out, policy, (x, o, n, p) -> switch (op) {
            case ADD -> ArrayMath.gilkit_add_scalar_f64(x, s, o, n, p);
            case SUB -> reversed ? ArrayMath.gilkit_rsub_scalar_f64(x, s, o, n, p) : ArrayMath.gilkit_sub_scalar_f64(x, s, o, n, p);
            case MUL -> ArrayMath.gilkit_mul_scalar_f64(x, s, o, n, p);
            case DIV -> reversed ? ArrayMath.gilkit_rdiv_scalar_f64(x, s, o, n, p) : ArrayMath.gilkit_div_scalar_f64(x, s, o, n, p);
        });
    }

    /** out = a op s (or s op a), int64 with wrap-around. @throws IllegalArgumentException for DIV */
    public static void scalarI64(BinaryOp op, NativeBuffer a, long s, boolean reversed, NativeBuffer out, ReleasePolicy policy) {
        requireOp(op, "scalarI64");
        if (op == BinaryOp.DIV) throw new IllegalArgumentException("ArrayKernels.scalarI64: DIV is float64 only (true division)");
        call2("scalarI64", Kernel.BINOP, 8, a, out, policy, (x, o, n, p) -> switch (op) {
            case ADD -> ArrayMath.gilkit_add_scalar_i64(x, s, o, n, p);
            case SUB -> reversed ? ArrayMath.gilkit_rsub_scalar_i64(x, s, o, n, p) : ArrayMath.gilkit_sub_scalar_i64(x, s, o, n, p);
            default -> ArrayMath.gilkit_mul_scalar_i64(x, s, o, n, p);
        });
    }

    /** y += alpha * x (float64, same lengths). */
    public static void axpy(double alpha, NativeBuffer x, NativeBuffer y, ReleasePolicy policy) {
        call2("axpy", Kernel.AXPY, 16, x, y, policy, (a, o, n, p) -> ArrayMath.gilkit_axpy_f64(alpha, a, o, n, p));
    }

    /** x *= alpha in place (float64). */
    public static void scale(double alpha, NativeBuffer x, ReleasePolicy policy) {
        call2("scale", Kernel.AXPY, 8, x, x, policy, (a, o, n, p) -> ArrayMath.gilkit_scale_f64(alpha, o, n, p));
    }

    /** out = sqrt(a) elementwise (NaN for negative inputs). */
    public static void sqrt(NativeBuffer a, NativeBuffer out, ReleasePolicy policy) {
        call2("sqrt", Kernel.SQRT, 8, a, out, policy, ArrayMath::gilkit_sqrt_f64);
    }

    /** out = exp(a) elementwise. */
    public static void exp(NativeBuffer a, NativeBuffer out, ReleasePolicy policy) {
        call2("exp", Kernel.EXP, 8, a, out, policy, ArrayMath::gilkit_exp_f64);
    }

    /** Smallest element; NaN if any element is NaN. @throws IllegalArgumentException if empty */
    public static double minF64(NativeBuffer a, ReleasePolicy policy) {
        long n = nonEmpty(a, "minF64");
        if (KernelThresholds.quiet(Kernel.MINMAX, n * 8, policy)) {
            a.pin("minF64");
            try {
                return ArrayMath.gilkit_min_f64_small(a.address(), n);
            } finally {
                a.unpin();
            }
        }
        return Double.longBitsToDouble(reduce("minF64", a, policy, ArrayMath::gilkit_min_f64));
    }

    /** Largest element; NaN if any element is NaN. @throws IllegalArgumentException if empty */
    public static double maxF64(NativeBuffer a, ReleasePolicy policy) {
        long n = nonEmpty(a, "maxF64");
        if (KernelThresholds.quiet(Kernel.MINMAX, n * 8, policy)) {
            a.pin("maxF64");
            try {
                return ArrayMath.gilkit_max_f64_small(a.address(), n);
            } finally {
                a.unpin();
            }
        }
        return Double.longBitsToDouble(reduce("maxF64", a, policy, ArrayMath::gilkit_max_f64));
    }

    /** Index of the first maximum (of the first NaN, if any). @throws IllegalArgumentException if empty */
    public static long argmaxF64(NativeBuffer a, ReleasePolicy policy) {
        return reduceLong("argmaxF64", a, policy, ArrayMath::gilkit_argmax_f64_small, ArrayMath::gilkit_argmax_f64);
    }

    public static long minI64(NativeBuffer a, ReleasePolicy policy) {
        return reduceLong("minI64", a, policy, ArrayMath::gilkit_min_i64_small, ArrayMath::gilkit_min_i64);
    }

    public static long maxI64(NativeBuffer a, ReleasePolicy policy) {
        return reduceLong("maxI64", a, policy, ArrayMath::gilkit_max_i64_small, ArrayMath::gilkit_max_i64);
    }

    public static long argmaxI64(NativeBuffer a, ReleasePolicy policy) {
        return reduceLong("argmaxI64", a, policy, ArrayMath::gilkit_argmax_i64_small, ArrayMath::gilkit_argmax_i64);
    }

    /** Sets every float64 element to {@code value}. */
    public static void fillF64(NativeBuffer a, double value, ReleasePolicy policy) {
        call2("fillF64", Kernel.FILL, 8, a, a, policy, (x, o, n, p) -> ArrayMath.gilkit_fill_f64(o, n, value, p));
    }

    /** Sets every int64 element to {@code value}. */
    public static void fillI64(NativeBuffer a, long value, ReleasePolicy policy) {
        call2("fillI64", Kernel.FILL, 8, a, a, policy, (x, o, n, p) -> ArrayMath.gilkit_fill_i64(o, n, value, p));
    }

    /**
     * Copies {@code count} 8-byte elements (float64 or int64, bit for bit) from element
     * {@code srcStart} of {@code src}, stepping {@code srcStride} elements, to element
     * {@code dstStart} of {@code dst}, stepping {@code dstStride}: the gather/scatter behind
     * NumPy's slicing views ({@code a[1::2]}, {@code a[::-1]}, a matrix column). Strides may be
     * zero (broadcast a source element) or negative.
     * @throws IndexOutOfBoundsException if any touched element is outside its buffer
     * @throws IllegalArgumentException if source and destination overlap in different layouts
     */
    public static void copyStrided(NativeBuffer src, long srcStart, long srcStride, NativeBuffer dst, long dstStart, long dstStride,
                                   long count, ReleasePolicy policy) {
        String w = "copyStrided";
        long sn = elements(src, "src", w), dn = elements(dst, "dst", w);
        if (count < 0) throw new IllegalArgumentException("ArrayKernels.copyStrided: count must be >= 0, got " + count);
        if (dstStride == 0 && count > 1) throw new IllegalArgumentException("ArrayKernels.copyStrided: a zero destination stride writes one element " + count + " times");
        long[] s = walk(srcStart, srcStride, count, sn, "src"), d = walk(dstStart, dstStride, count, dn, "dst");
        int p = code(Kernel.FILL, 8 * count, policy, w);
        if (count == 0) return;
        src.pin(w);
        try {
            dst.pin(w);
            try {
                long sa = src.address(), da = dst.address();
                boolean same = sa + 8 * srcStart == da + 8 * dstStart && srcStride == dstStride;
                if (!same && sa + 8 * s[0] < da + 8 * d[1] + 8 && da + 8 * d[0] < sa + 8 * s[1] + 8)
                    throw new IllegalArgumentException("ArrayKernels.copyStrided: source and destination overlap");
                KernelStatus.check(ArrayMath.gilkit_copy_strided64(sa + 8 * srcStart, srcStride, da + 8 * dstStart, dstStride, count, p),
                        "ArrayKernels.copyStrided");
            } finally {
                dst.unpin();
            }
        } finally {
            src.unpin();
        }
    }

    /** out = a converted from int64 to float64 (round to nearest, as NumPy's astype); out may be a (in place). */
    public static void convertI64ToF64(NativeBuffer a, NativeBuffer out, ReleasePolicy policy) {
        call2("convertI64ToF64", Kernel.BINOP, 8, a, out, policy, ArrayMath::gilkit_i64_to_f64);
    }

    /** The lowest and highest element index a strided walk touches, checked against the buffer. */
    private static long[] walk(long start, long stride, long count, long elements, String name) {
        if (count == 0) return new long[] {0, 0};
        long last;
        try {
            last = Math.addExact(start, Math.multiplyExact(stride, count - 1));
        } catch (ArithmeticException e) {
            throw new IndexOutOfBoundsException("ArrayKernels.copyStrided: " + name + " walk overflows: start " + start + ", stride " + stride + ", count " + count);
        }
        long lo = Math.min(start, last), hi = Math.max(start, last);
        if (lo < 0 || hi >= elements)
            throw new IndexOutOfBoundsException("ArrayKernels.copyStrided: " + name + " elements " + lo + ".." + hi + " outside [0, " + elements + ")");
        return new long[] {lo, hi};
    }

    /**
     * c = a @ b for row-major float64 matrices: a is m x k, b is k x n, c is m x n.
     * @throws IllegalArgumentException for negative dimensions, sizes that do not match the
     *         buffers, or c sharing memory with a or b
     */
    public static void matmul(NativeBuffer a, NativeBuffer b, NativeBuffer c, long m, long k, long n, ReleasePolicy policy) {
        String w = "matmul";
        if (m < 0 || k < 0 || n < 0 || m > 1L << 30 || k > 1L << 30 || n > 1L << 30)
            throw new IllegalArgumentException("ArrayKernels.matmul: dimensions must be in [0, 2^30], got m=" + m + " k=" + k + " n=" + n);
        expectElements(a, "a", m * k, w);
        expectElements(b, "b", k * n, w);
        expectElements(c, "c", m * n, w);
        int p = code(Kernel.MATMUL, (m * k + k * n) * 8, policy, w); // <= 2^47: the buffers hold m*k and k*n
        a.pin(w);
        try {
            b.pin(w);
            try {
                c.pin(w);
                try {
                    if (overlaps(c, a) || overlaps(c, b))
                        throw new IllegalArgumentException("ArrayKernels.matmul: the output c must not share memory with a or b");
                    KernelStatus.check(ArrayMath.gilkit_matmul_f64(a.address(), b.address(), c.address(), m, k, n, p), "ArrayKernels.matmul");
                } finally {
                    c.unpin();
                }
            } finally {
                b.unpin();
            }
        } finally {
            a.unpin();
        }
    }

    // ---- validation and the pin/unpin skeletons ----

    @FunctionalInterface
    private interface Native3 {
        int call(long a, long b, long out, long n, int policy);
    }

    @FunctionalInterface
    private interface Native2 {
        int call(long a, long out, long n, int policy);
    }

    @FunctionalInterface
    private interface NativeReduce {
        int call(long a, long n, long out, int policy);
    }

    @FunctionalInterface
    private interface SmallReduce {
        long call(long a, long n);
    }

    private static void call3(String w, Kernel k, NativeBuffer a, NativeBuffer b, NativeBuffer out, ReleasePolicy policy, Native3 f) {
        long n = sameLength(a, b, w);
        expectElements(out, "out", n, w);
        int p = code(k, 16 * n, policy, w);
        a.pin(w);
        try {
            b.pin(w);
            try {
                out.pin(w);
                try {
                    requireSameOrDisjoint(out, a, w);
                    requireSameOrDisjoint(out, b, w);
                    KernelStatus.check(f.call(a.address(), b.address(), out.address(), n, p), "ArrayKernels." + w);
                } finally {
                    out.unpin();
                }
            } finally {
                b.unpin();
            }
        } finally {
            a.unpin();
        }
    }

    private static void call2(String w, Kernel k, int bytesPerElement, NativeBuffer a, NativeBuffer out, ReleasePolicy policy, Native2 f) {
        long n = elements(a, "a", w);
        expectElements(out, out == a ? "a" : "out", n, w);
        int p = code(k, bytesPerElement * n, policy, w);
        a.pin(w);
        try {
            out.pin(w);
            try {
                requireSameOrDisjoint(out, a, w);
                KernelStatus.check(f.call(a.address(), out.address(), n, p), "ArrayKernels." + w);
            } finally {
                out.unpin();
            }
        } finally {
            a.unpin();
        }
    }

    /** An int64 result: the tiny-call path below the threshold, else {@link #reduce}. */
    private static long reduceLong(String w, NativeBuffer a, ReleasePolicy policy, SmallReduce small, NativeReduce f) {
        long n = nonEmpty(a, w);
        if (KernelThresholds.quiet(Kernel.MINMAX, n * 8, policy)) {
            a.pin(w);
            try {
                return small.call(a.address(), n);
            } finally {
                a.unpin();
            }
        }
        return reduce(w, a, policy, f);
    }

    /** Runs a reduction writing 8 bytes; returns them as a long (the caller reinterprets doubles). */
    private static long reduce(String w, NativeBuffer a, ReleasePolicy policy, NativeReduce f) {
        long n = nonEmpty(a, w);
        int p = code(policy, w);
        Scratch out = Scratch.area();
        a.pin(w);
        try {
            KernelStatus.check(f.call(a.address(), n, out.address, p), "ArrayKernels." + w);
        } finally {
            a.unpin();
        }
        return out.getLong();
    }

    private static long nonEmpty(NativeBuffer a, String w) {
        long n = elements(a, "a", w);
        if (n == 0) throw new IllegalArgumentException("ArrayKernels." + w + ": zero-size array has no minimum/maximum");
        return n;
    }

    private static long elements(NativeBuffer a, String name, String w) {
        if (a == null) throw new IllegalArgumentException("ArrayKernels." + w + ": " + name + " must not be null");
        if (a.isClosed()) throw new IllegalStateException("ArrayKernels." + w + ": " + name + " is closed");
        if (a.byteSize() % 8 != 0)
            throw new IllegalArgumentException("ArrayKernels." + w + ": " + name + " has " + a.byteSize() + " bytes, not a whole number of 8-byte elements");
        if ((a.address() & 7) != 0)
            throw new IllegalArgumentException("ArrayKernels." + w + ": " + name + " is not 8-byte aligned (a view at an odd byte offset)");
        return a.byteSize() / 8;
    }

    private static void expectElements(NativeBuffer a, String name, long n, String w) {
        long have = elements(a, name, w);
        if (have != n) throw new IllegalArgumentException("ArrayKernels." + w + ": " + name + " has " + have + " elements, expected " + n);
    }

    private static long sameLength(NativeBuffer a, NativeBuffer b, String w) {
        long n = elements(a, "a", w), m = elements(b, "b", w);
        if (n != m) throw new IllegalArgumentException("ArrayKernels." + w + ": length mismatch: a has " + n + " elements, b has " + m);
        return n;
    }

    /** The C policy; AUTO below the threshold becomes HOLD_QUIET (no trace events, see KernelThresholds.quiet). */
    private static int code(Kernel k, long bytes, ReleasePolicy p, String w) {
        return KernelThresholds.quiet(k, bytes, p) ? HOLD_QUIET : code(p, w);
    }

    private static int code(ReleasePolicy p, String w) {
        if (p == null) throw new IllegalArgumentException("ArrayKernels." + w + ": policy must not be null");
        return p.code();
    }

    private static void requireOp(BinaryOp op, String w) {
        if (op == null) throw new IllegalArgumentException("ArrayKernels." + w + ": op must not be null");
    }

    private static boolean overlaps(NativeBuffer x, NativeBuffer y) {
        return x.address() < y.address() + y.byteSize() && y.address() < x.address() + x.byteSize();
    }

    /** Elementwise kernels allow exactly in-place (same address) but no partial overlap. */
    private static void requireSameOrDisjoint(NativeBuffer out, NativeBuffer in, String w) {
        if (out.address() != in.address() && overlaps(out, in))
            throw new IllegalArgumentException("ArrayKernels." + w + ": out partially overlaps an input (only exact in-place is allowed)");
    }
}
