package org.gilkit.kernels;

import java.util.Locale;

/**
 * The native kernels, by their C id ({@code GILKIT_KERNEL_*} in {@code gilkit/kernel.h}); each
 * has one release threshold and one implementation choice (see {@link KernelThresholds}).
 * The order and ids must match the C header; {@code KernelThresholdsTest} checks the names.
 */
public enum Kernel {
    SUM, DOT, BINOP, AXPY, SQRT, EXP, MINMAX, FILL, MATMUL, SHA256, SHA1, MD5, CRC32, CRC32C, XXH64;

    /** The C kernel id. */
    public int id() {
        return ordinal();
    }

    /** The C name, e.g. "sha256" (also the kernel's name in traces). */
    public String kernelName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
