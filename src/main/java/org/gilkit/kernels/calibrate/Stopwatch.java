package org.gilkit.kernels.calibrate;

import java.util.function.DoubleSupplier;

/**
 * Times one repeated call the way the calibrator needs it on a shared, noisy machine: a short
 * warm-up, then batches long enough to dwarf the clock's cost, and the fastest batch's mean.
 * The minimum, not the mean or median, because interference (other processes, the JIT, GC)
 * only ever adds time: the fastest batch is the closest to the call's own cost.
 */
final class Stopwatch {
    private static volatile double sink; // keeps results alive

    private Stopwatch() {}

    /**
     * Nanoseconds per call of {@code call}, spending about {@code budgetNanos} in total.
     * @param batches how many timed batches to take the minimum of (>= 1)
     */
    static double nanosPerCall(DoubleSupplier call, long budgetNanos, int batches) {
        double acc = 0;
        long t0 = System.nanoTime();
        int reps = 0;
        do { // warm-up, and a first estimate of one call's time
            acc += call.getAsDouble();
            reps++;
        } while (System.nanoTime() - t0 < budgetNanos / (4L * batches) && reps < 1_000_000);
        double estimate = (System.nanoTime() - t0) / (double) reps;
        long perBatch = Math.max(1, (long) ((budgetNanos / (double) batches) / Math.max(estimate, 1)));
        double best = Double.POSITIVE_INFINITY;
        for (int b = 0; b < batches; b++) {
            long s = System.nanoTime();
            for (long i = 0; i < perBatch; i++) acc += call.getAsDouble();
            best = Math.min(best, (System.nanoTime() - s) / (double) perBatch);
        }
        sink = acc;
        return best;
    }
}
