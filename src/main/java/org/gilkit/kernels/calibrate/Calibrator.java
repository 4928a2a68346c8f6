package org.gilkit.kernels.calibrate;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.KernelThresholds;
import org.gilkit.kernels.ReleasePolicy;

/**
 * {@code gilkit calibrate}'s measurement: for every {@link Kernel}, its cost curve and the input
 * size above which releasing the lock pays off, by the rule of {@link BreakEven}. Steps:
 * <ol>
 *   <li>the uncontended release + re-take cost: a tiny SUM with ALWAYS minus NEVER, on a thread
 *       holding an otherwise idle lock (fastest of interleaved batches);
 *   <li>each kernel's cost curve: NEVER calls at 1 KiB, 8 KiB, 64 KiB and 512 KiB (all cache
 *       resident; extrapolated beyond as a power law);
 *   <li>the contended sweep ({@link ContendedSweep}) with SUM from 16 KiB to 16 MiB, giving the
 *       kernel duration where releasing starts to beat holding; each kernel's curve turns it
 *       into bytes.
 * </ol>
 * A {@code quick} run spends about 1/8 of the time per measurement (the whole run stays well
 * under 10 s; figures are noisier). The caller's thread must not hold a lock; the calibrator
 * attaches it to locks of its own. Thresholds are not changed here: see {@link #apply}.
 */
public final class Calibrator {
    static final long[] CURVE_BYTES = {1 << 10, 8 << 10, 64 << 10, 512 << 10};
    static final long[] SWEEP_BYTES_QUICK = {16 << 10, 256 << 10, 2 << 20, 16 << 20};
    static final long[] SWEEP_BYTES = {16 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 16 << 20};

    private final boolean quick;
    private final long budgetNanos;

    public Calibrator(boolean quick) {
        this.quick = quick;
        this.budgetNanos = quick ? 3_000_000 : 40_000_000;
    }

    /** Measures everything; {@code progress} gets one short line per step (may be a no-op). */
    public Calibration run(java.util.function.Consumer<String> progress) throws InterruptedException {
        progress.accept("warm-up");
        warmUp();
        progress.accept("lock release cost");
        double release = releaseNanos();
        List<Calibration.Row> rows = new ArrayList<>();
        List<CostCurve> curves = new ArrayList<>();
        for (Kernel k : Kernel.values()) {
            progress.accept("kernel " + k.kernelName());
            curves.add(curve(k));
        }
        progress.accept("contended sweep");
        List<SweepPoint> sweep = contendedSweep();
        double[] d = new double[sweep.size()], g = new double[sweep.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = sweep.get(i).durationNanos();
            g[i] = sweep.get(i).gain();
        }
        double tStar = BreakEven.contendedDuration(d, g);
        for (Kernel k : Kernel.values()) {
            CostCurve c = curves.get(k.ordinal());
            long u = BreakEven.uncontended(c, release), con = BreakEven.contended(c, tStar);
            rows.add(new Calibration.Row(k, KernelThresholds.isAccelerated(k), c, u, con,
                    KernelThresholds.defaultValue(k), BreakEven.threshold(u, con)));
        }
        return new Calibration(release, tStar, sweep, rows, quick);
    }

    /** Sets every kernel's threshold in this process to the calibrated one. */
    public static void apply(Calibration c) {
        for (Calibration.Row r : c.rows()) KernelThresholds.set(r.kernel(), r.threshold());
    }

    /** Runs every kernel through every policy until the JIT has compiled the facades' paths. */
    private void warmUp() {
        for (Kernel k : Kernel.values()) {
            for (long size : new long[] {64, 4096}) {
                try (Workload w = Workload.of(k, size)) {
                    for (ReleasePolicy p : ReleasePolicy.values()) Stopwatch.nanosPerCall(() -> w.run(p), budgetNanos / 4, 1);
                }
            }
        }
    }

    private double releaseNanos() {
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
                GilThread t = gil.attachCurrentThread("calibrate");
                Workload w = Workload.of(Kernel.SUM, 64)) {
            t.acquire();
            double never = Double.POSITIVE_INFINITY, always = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 4; i++) { // interleaved, so drifting interference hits both alike
                never = Math.min(never, Stopwatch.nanosPerCall(() -> w.run(ReleasePolicy.NEVER), budgetNanos / 2, 3));
                always = Math.min(always, Stopwatch.nanosPerCall(() -> w.run(ReleasePolicy.ALWAYS), budgetNanos / 2, 3));
            }
            t.release();
            return Math.max(0, always - never);
        }
    }

    private CostCurve curve(Kernel k) {
        long[] sizes = new long[CURVE_BYTES.length];
        double[] nanos = new double[CURVE_BYTES.length];
        for (int i = 0; i < sizes.length; i++) {
            try (Workload w = Workload.of(k, CURVE_BYTES[i])) {
                sizes[i] = w.bytes();
                nanos[i] = Math.max(1e-3, Stopwatch.nanosPerCall(() -> w.run(ReleasePolicy.NEVER), budgetNanos, 3));
            }
        }
        return monotone(sizes, nanos);
    }

    /** Sizes can repeat after rounding (matmul sides); keep the first of equal sizes. */
    private static CostCurve monotone(long[] sizes, double[] nanos) {
        int n = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (n > 0 && sizes[i] <= sizes[n - 1]) continue;
            sizes[n] = sizes[i];
            nanos[n++] = nanos[i];
        }
        return new CostCurve(java.util.Arrays.copyOf(sizes, n), java.util.Arrays.copyOf(nanos, n));
    }

    private List<SweepPoint> contendedSweep() throws InterruptedException {
        long[] bytes = quick ? SWEEP_BYTES_QUICK : SWEEP_BYTES;
        Workload[] w = new Workload[bytes.length];
        try {
            for (int i = 0; i < bytes.length; i++) w[i] = Workload.of(Kernel.SUM, bytes[i]);
            return List.of(new ContendedSweep(quick ? 40_000_000L : 250_000_000L).run(w));
        } finally {
            for (Workload x : w) if (x != null) x.close();
        }
    }
}
