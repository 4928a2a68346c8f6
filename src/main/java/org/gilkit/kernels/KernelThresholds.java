package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;

/**
 * The process-wide tuning of the kernels: the release threshold of each {@link Kernel} (bytes of
 * input at or above which {@link ReleasePolicy#AUTO} releases the GIL) and whether its
 * accelerated (AVX2, SHA-NI, SSE4.2) or portable implementation runs. These describe the machine,
 * not an interpreter, so all interpreters share them; {@code gilkit calibrate} measures and sets
 * the thresholds, tests force the portable code to check both paths. Thread-safe (C atomics).
 */
public final class KernelThresholds {
    private static final int IMPL_AUTO = 0;
    private static final int IMPL_PORTABLE = 1;
    private static final int IMPL_ACCEL = 2;

    static {
        GilkitNative.load();
    }

    private KernelThresholds() {}

    /** The current threshold of {@code kernel}, in bytes. */
    public static long get(Kernel kernel) {
        return GilkitNative.Kernel.gilkit_kernel_threshold(requireKernel(kernel).id());
    }

    /** The compiled-in default ({@code GILKIT_THRESHOLD_*}). */
    public static long defaultValue(Kernel kernel) {
        return GilkitNative.Kernel.gilkit_kernel_default_threshold(requireKernel(kernel).id());
    }

    /** Sets the threshold; 0 makes AUTO release always. @throws IllegalArgumentException if bytes < 0 */
    public static void set(Kernel kernel, long bytes) {
        requireKernel(kernel);
        if (bytes < 0) throw new IllegalArgumentException("KernelThresholds.set: threshold of " + kernel + " must be >= 0, got " + bytes);
        KernelStatus.check(GilkitNative.Kernel.gilkit_kernel_set_threshold(kernel.id(), bytes), "KernelThresholds.set");
    }

    /** Restores every kernel's default threshold and its accelerated implementation. */
    public static void resetAll() {
        for (Kernel k : Kernel.values()) {
            set(k, defaultValue(k));
            forcePortable(k, false);
        }
    }

    /** Forces (or stops forcing) the portable implementation of {@code kernel} for later calls. */
    public static void forcePortable(Kernel kernel, boolean portable) {
        requireKernel(kernel);
        KernelStatus.check(GilkitNative.Kernel.gilkit_kernel_set_impl(kernel.id(), portable ? IMPL_PORTABLE : IMPL_AUTO),
                "KernelThresholds.forcePortable");
    }

    /** True if the next call of {@code kernel} runs accelerated code on this CPU. */
    public static boolean isAccelerated(Kernel kernel) {
        return GilkitNative.Kernel.gilkit_kernel_impl(requireKernel(kernel).id()) == IMPL_ACCEL;
    }

    /** The C name of the kernel ("sum", "sha256", ...). */
    public static String nativeName(Kernel kernel) {
        return GilkitNative.Kernel.gilkit_kernel_name(requireKernel(kernel).id());
    }

    private static Kernel requireKernel(Kernel kernel) {
        if (kernel == null) throw new IllegalArgumentException("kernel must not be null");
        return kernel;
    }
}
