package org.gilkit.observe;

/**
 * One native kernel call, from its KERNEL_BEGIN to its KERNEL_END event (see
 * {@code native/include/gilkit/kernel.h}: every kernel records both on the caller's thread).
 *
 * @param kernel the kernel's name ("sum", "sha256", ...)
 * @param bytes the input size it worked on
 * @param released whether it released the lock (GILKIT_BEGIN_ALLOW_THREADS) or held it
 * @param startNanos KERNEL_BEGIN time (trace clock)
 * @param endNanos KERNEL_END time
 */
public record KernelSpan(String kernel, long bytes, boolean released, long startNanos, long endNanos) {
    public long durationNanos() {
        return endNanos - startNanos;
    }

    public boolean overlaps(KernelSpan o) {
        return startNanos < o.endNanos && o.startNanos < endNanos;
    }
}
