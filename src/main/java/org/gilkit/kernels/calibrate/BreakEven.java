package org.gilkit.kernels.calibrate;

/**
 * The rule that turns measurements into a release threshold (pure functions, tested on
 * synthetic curves). A kernel call of duration t can either keep the lock (NEVER) or release it
 * (ALWAYS). Releasing pays off in either of two situations, and AUTO should release as soon as
 * it pays off in one of them, so:
 *
 * <pre>
 *   threshold = min(uncontended break-even, contended break-even)
 * </pre>
 *
 * <ul>
 *   <li><b>Uncontended</b> (nobody waits for the lock): releasing only costs the release and
 *       re-take, {@code r} ns. It is affordable once it is at most {@link #UNCONTENDED_SHARE}
 *       (5%) of the call: the break-even is the smallest size whose call takes {@code r / 0.05}.
 *   <li><b>Contended</b> (another thread runs bytecode on the same lock, stopping at check
 *       points): holding serializes the two threads; releasing lets the other one run during
 *       the kernel, but the kernel's thread must then wait for the lock back (up to a switch
 *       interval). Both are measured as the total work the two threads get done, each
 *       normalized to what it does alone; releasing pays off once that total beats holding's by
 *       more than {@link #CONTENDED_GAIN} (5%, above the noise). That happens at a kernel
 *       duration {@code t*} that does not depend on the kernel (only on the lock and the
 *       machine), so it is measured once and turned into a size per kernel through its curve.
 * </ul>
 *
 * <p>Sizes are searched in [{@link #MIN_BYTES}, {@link #MAX_BYTES}]; a break-even beyond that
 * range is "never" ({@link #NEVER}), and the threshold then is {@link #MAX_BYTES}.
 */
public final class BreakEven {
    /** Release overhead affordable without contention, as a share of the call. */
    public static final double UNCONTENDED_SHARE = 0.05;
    /** Gain in total normalized throughput that counts as "releasing beats holding". */
    public static final double CONTENDED_GAIN = 1.05;
    /** The smallest threshold considered (a threshold of 0 would release for empty inputs). */
    public static final long MIN_BYTES = 64;
    /** The largest threshold considered (1 GiB). */
    public static final long MAX_BYTES = 1L << 30;
    /** "No break-even inside the searched range". */
    public static final long NEVER = -1;

    private BreakEven() {}

    /** The smallest size whose call costs at least releaseNanos / UNCONTENDED_SHARE, or NEVER. */
    public static long uncontended(CostCurve kernel, double releaseNanos) {
        if (!(releaseNanos >= 0)) throw new IllegalArgumentException("BreakEven.uncontended: release cost must be >= 0, got " + releaseNanos);
        return kernel.sizeFor(releaseNanos / UNCONTENDED_SHARE, MIN_BYTES, MAX_BYTES);
    }

    /**
     * The kernel duration at which releasing starts to beat holding under contention.
     * @param durations kernel durations of the sweep, increasing (ns)
     * @param gains total normalized throughput with ALWAYS divided by that with NEVER, per duration
     * @return the duration (ns) from which on the gain stays at or above CONTENDED_GAIN (a point
     *         that reaches it but is followed by one that does not is noise, not a break-even),
     *         interpolated log-linearly between the two sweep points around it; the first
     *         duration if every point reaches it; NaN if the last point does not
     */
    public static double contendedDuration(double[] durations, double[] gains) {
        if (durations == null || gains == null || durations.length == 0 || durations.length != gains.length)
            throw new IllegalArgumentException("BreakEven.contendedDuration: need the same number (>= 1) of durations and gains");
        int first = durations.length; // the start of the run of reaching points that ends the sweep
        while (first > 0 && gains[first - 1] >= CONTENDED_GAIN) first--;
        if (first == durations.length) return Double.NaN;
        if (first == 0) return durations[0];
        double g0 = gains[first - 1], g1 = gains[first];
        double f = (CONTENDED_GAIN - g0) / (g1 - g0);
        return Math.exp(Math.log(durations[first - 1]) + f * (Math.log(durations[first]) - Math.log(durations[first - 1])));
    }

    /** The smallest size whose call lasts {@code durationNanos}, or NEVER (also for NaN). */
    public static long contended(CostCurve kernel, double durationNanos) {
        if (Double.isNaN(durationNanos)) return NEVER;
        return kernel.sizeFor(durationNanos, MIN_BYTES, MAX_BYTES);
    }

    /** The threshold to save: the smaller break-even that exists, else MAX_BYTES. */
    public static long threshold(long uncontended, long contended) {
        if (uncontended == NEVER && contended == NEVER) return MAX_BYTES;
        if (uncontended == NEVER) return contended;
        if (contended == NEVER) return uncontended;
        return Math.min(uncontended, contended);
    }

    /**
     * Total normalized throughput of the contended experiment: each thread's work in the window
     * divided by what it does alone in the same time.
     */
    public static double normalizedThroughput(double kernelCalls, double kernelSoloCalls, double spinIterations, double spinSoloIterations) {
        if (!(kernelSoloCalls > 0) || !(spinSoloIterations > 0))
            throw new IllegalArgumentException("BreakEven.normalizedThroughput: solo rates must be > 0");
        return kernelCalls / kernelSoloCalls + spinIterations / spinSoloIterations;
    }
}
