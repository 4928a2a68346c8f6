package org.gilkit.kernels.calibrate;

import java.util.List;
import org.gilkit.kernels.Kernel;

/**
 * What {@link Calibrator} measured: the lock's costs, the contended sweep, and one row per
 * kernel. Immutable.
 *
 * @param releaseNanos uncontended release + re-take of the lock around a kernel (ALWAYS - NEVER)
 * @param contendedNanos the kernel duration at which releasing beats holding under contention
 *        ({@link BreakEven#contendedDuration}), NaN if no swept duration reached it
 * @param sweep the contended sweep's points
 * @param rows one per kernel, in {@link Kernel} order
 * @param quick whether this was a {@code --quick} run (shorter windows, noisier figures)
 */
public record Calibration(double releaseNanos, double contendedNanos, List<SweepPoint> sweep, List<Row> rows, boolean quick) {
    public Calibration {
        sweep = List.copyOf(sweep);
        rows = List.copyOf(rows);
    }

    /**
     * One kernel's figures.
     * @param kernel the kernel
     * @param accelerated whether its accelerated implementation ran
     * @param curve its cost per call (NEVER, lock held, uncontended) at the measured sizes
     * @param uncontended the uncontended break-even in bytes, or {@link BreakEven#NEVER}
     * @param contended the contended break-even in bytes, or {@link BreakEven#NEVER}
     * @param builtin the compiled-in threshold
     * @param threshold the threshold to save ({@link BreakEven#threshold})
     */
    public record Row(Kernel kernel, boolean accelerated, CostCurve curve, long uncontended, long contended, long builtin, long threshold) {
        /** Nanoseconds per KiB at the curve's largest size (the kernel's streaming cost). */
        public double nanosPerKiB() {
            long[] s = curve.sizes();
            return curve.nanos()[s.length - 1] / (s[s.length - 1] / 1024.0);
        }
    }
}
