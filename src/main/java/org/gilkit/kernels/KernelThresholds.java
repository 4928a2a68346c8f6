package org.gilkit.kernels;

import java.nio.file.Path;
import java.util.Map;
import org.gilkit.binding.GilkitNative;

/**
 * The process-wide tuning of the kernels: the release threshold of each {@link Kernel} (bytes of
 * input at or above which {@link ReleasePolicy#AUTO} releases the GIL) and whether its
 * accelerated (AVX2, SHA-NI, SSE4.2) or portable implementation runs. These describe the machine,
 * not an interpreter, so all interpreters share them; tests force the portable code to check
 * both paths. Thread-safe.
 *
 * <p>Where the thresholds come from: the C built-ins ({@code GILKIT_THRESHOLD_*}), replaced when
 * this class initializes by the file {@code gilkit calibrate} saved ({@link ThresholdFile}: the
 * property {@code gilkit.calibration}, the env var {@code GILKIT_CALIBRATION}, or
 * {@code ~/.gilkit/calibration.properties}). A corrupt file is reported once on stderr and
 * ignored: the built-ins stay. {@link #source()} says which applies.
 *
 * <p>The C side decides for the full kernel entry points; this class keeps a Java copy of every
 * threshold so that the facades can make AUTO's decision themselves and send inputs below it
 * straight to the tiny-call entry points ({@code *_small}), which never touch the release path.
 * The copy and C agree as long as thresholds are set through {@link #set}; a racing reader sees
 * the old or the new value, either of which is a valid decision.
 */
public final class KernelThresholds {
    private static final int IMPL_AUTO = 0;
    private static final int IMPL_PORTABLE = 1;
    private static final int IMPL_ACCEL = 2;

    private static final Kernel[] KERNELS = Kernel.values();
    /** The Java copy of the C thresholds, by kernel id (plain reads: see the class comment). */
    private static final long[] CURRENT = new long[KERNELS.length];
    private static volatile String source = "built-in";

    static {
        GilkitNative.load();
        for (Kernel k : KERNELS) CURRENT[k.id()] = GilkitNative.Kernel.gilkit_kernel_threshold(k.id());
        loadSavedQuietly();
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
        synchronized (CURRENT) {
            KernelStatus.check(GilkitNative.Kernel.gilkit_kernel_set_threshold(kernel.id(), bytes), "KernelThresholds.set");
            CURRENT[kernel.id()] = bytes;
        }
    }

    /** Restores every kernel's built-in threshold and its accelerated implementation. */
    public static void resetAll() {
        for (Kernel k : KERNELS) {
            set(k, defaultValue(k));
            forcePortable(k, false);
        }
        source = "built-in";
    }

    /**
     * Applies saved thresholds from {@code file} on top of the built-ins.
     * @return the number of kernels the file set (0 if it does not exist)
     * @throws ThresholdFile.CorruptFileException if the file is malformed; nothing is changed then
     */
    static int load(Path file) throws ThresholdFile.CorruptFileException {
        Map<Kernel, Long> saved = ThresholdFile.read(file);
        for (Kernel k : KERNELS) set(k, saved.getOrDefault(k, defaultValue(k)));
        source = saved.isEmpty() ? "built-in" : file.toString();
        return saved.size();
    }

    /** "built-in", or the path of the calibration file the thresholds came from. */
    public static String source() {
        return source;
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

    /**
     * True if a call of {@code kernel} on {@code bytes} of input under {@code policy} takes the
     * tiny-call path: AUTO below the threshold (the lock is kept, and no trace events are
     * recorded, as for every call that small). Package-private: the facades' fast path.
     */
    static boolean quiet(Kernel kernel, long bytes, ReleasePolicy policy) {
        return policy == ReleasePolicy.AUTO && bytes < CURRENT[kernel.ordinal()];
    }

    /** Startup: apply the saved calibration if there is one; report a corrupt one and go on. */
    private static void loadSavedQuietly() {
        Path file = ThresholdFile.defaultLocation();
        if (file == null) return;
        try {
            load(file);
        } catch (ThresholdFile.CorruptFileException e) {
            System.err.println("gilkit: warning: " + e.getMessage() + "; using the built-in thresholds");
        } catch (RuntimeException e) {
            System.err.println("gilkit: warning: cannot load calibration file " + file + ": " + e + "; using the built-in thresholds");
        }
    }

    private static Kernel requireKernel(Kernel kernel) {
        if (kernel == null) throw new IllegalArgumentException("kernel must not be null");
        return kernel;
    }
}
