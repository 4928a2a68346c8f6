package org.gilkit.kernels.calibrate;

import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.BinaryOp;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;

/**
 * One kernel call on inputs of a given size, as the calibrator runs it: the buffers, the call
 * through the public facade (so the measured cost includes what a real caller pays), and the
 * size in the kernel's own unit, the bytes its threshold is compared with (for matmul: the bytes
 * of both square operands, 16 d^2). Closing frees the buffers.
 */
final class Workload implements AutoCloseable {
    private final Kernel kernel;
    private final long bytes;
    private final NativeBuffer a, b, out;
    private final int dim; // matmul only
    private final HashAlgorithm alg; // hashes only

    private Workload(Kernel kernel, long bytes, NativeBuffer a, NativeBuffer b, NativeBuffer out, int dim) {
        this.kernel = kernel;
        this.bytes = bytes;
        this.a = a;
        this.b = b;
        this.out = out;
        this.dim = dim;
        this.alg = hashOf(kernel);
    }

    /** Inputs for a call of about {@code targetBytes} (rounded to whole elements or a matrix side). */
    static Workload of(Kernel kernel, long targetBytes) {
        if (kernel == Kernel.MATMUL) {
            int d = (int) Math.max(1, Math.round(Math.sqrt(targetBytes / 16.0)));
            return new Workload(kernel, 16L * d * d, filled(d * (long) d), filled(d * (long) d), NativeBuffer.allocateElements(d * (long) d), d);
        }
        if (hashOf(kernel) != null) {
            NativeBuffer data = NativeBuffer.allocate(targetBytes);
            for (long i = 0; i < targetBytes; i += 4096) data.put(i, (byte) i);
            return new Workload(kernel, targetBytes, data, null, null, 0);
        }
        int perElement = bytesPerElement(kernel);
        long n = Math.max(1, targetBytes / perElement);
        NativeBuffer a = filled(n);
        boolean two = kernel == Kernel.DOT || kernel == Kernel.BINOP || kernel == Kernel.AXPY;
        NativeBuffer b = two ? filled(n) : null;
        NativeBuffer out = kernel == Kernel.BINOP || kernel == Kernel.SQRT || kernel == Kernel.EXP ? NativeBuffer.allocateElements(n) : null;
        return new Workload(kernel, n * perElement, a, b, out, 0);
    }

    Kernel kernel() {
        return kernel;
    }

    /** The size the kernel's threshold is compared with. */
    long bytes() {
        return bytes;
    }

    /** One call; returns something derived from the result so the JIT cannot drop it. */
    double run(ReleasePolicy p) {
        switch (kernel) {
            case SUM: return ArrayKernels.sumF64(a, p);
            case DOT: return ArrayKernels.dot(a, b, p);
            case BINOP: ArrayKernels.binaryF64(BinaryOp.ADD, a, b, out, p); return 0;
            case AXPY: ArrayKernels.axpy(1e-9, a, b, p); return 0; // tiny alpha: y stays finite over many calls
            case SQRT: ArrayKernels.sqrt(a, out, p); return 0;
            case EXP: ArrayKernels.exp(a, out, p); return 0;
            case MINMAX: return ArrayKernels.maxF64(a, p);
            case FILL: ArrayKernels.fillF64(a, 0.5, p); return 0;
            case MATMUL: ArrayKernels.matmul(a, b, out, dim, dim, dim, p); return 0;
            default: return HashKernels.digest(alg, a, p)[0];
        }
    }

    @Override
    public void close() {
        a.close();
        if (b != null) b.close();
        if (out != null) out.close();
    }

    /** Input bytes per element as the C kernel counts them (see array_math.c's kcall_begin calls). */
    private static int bytesPerElement(Kernel k) {
        return switch (k) {
            case DOT, BINOP, AXPY -> 16;
            default -> 8;
        };
    }

    private static HashAlgorithm hashOf(Kernel k) {
        for (HashAlgorithm h : HashAlgorithm.values()) if (h.kernel() == k) return h;
        return null;
    }

    private static NativeBuffer filled(long n) {
        NativeBuffer buf = NativeBuffer.allocateElements(n);
        for (long i = 0; i < n; i++) buf.putDouble(i, 0.5 + (i % 7) * 0.125);
        return buf;
    }
}
