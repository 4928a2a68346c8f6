package org.gilkit.kernels.calibrate;

import java.util.Arrays;

/**
 * A measured cost curve: the time of one call at a few input sizes, interpolated between them
 * (and extrapolated beyond them) as a power law, i.e. linearly in log-log space. That fits the
 * kernels' shapes: a fixed cost that dominates tiny inputs, a slope of 1 for linear kernels
 * (bytes in, time out) and of 1.5 for matmul (n^3 work on n^2 bytes). Immutable; pure math,
 * so the break-even search can be tested on synthetic curves.
 *
 * @param sizes the input sizes, strictly increasing, all > 0 (at least one)
 * @param nanos the time of one call at each size, all > 0
 */
public record CostCurve(long[] sizes, double[] nanos) {
    public CostCurve {
        if (sizes == null || nanos == null || sizes.length == 0 || sizes.length != nanos.length)
            throw new IllegalArgumentException("CostCurve: need the same number (>= 1) of sizes and times");
        sizes = sizes.clone();
        nanos = nanos.clone();
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] <= 0 || (i > 0 && sizes[i] <= sizes[i - 1]))
                throw new IllegalArgumentException("CostCurve: sizes must be positive and increasing: " + Arrays.toString(sizes));
            if (!(nanos[i] > 0) || Double.isInfinite(nanos[i]))
                throw new IllegalArgumentException("CostCurve: times must be positive: " + Arrays.toString(nanos));
        }
    }

    /** The time of one call at {@code size} (> 0), interpolated or extrapolated. */
    public double timeAt(long size) {
        if (size <= 0) throw new IllegalArgumentException("CostCurve.timeAt: size must be > 0, got " + size);
        int n = sizes.length;
        if (n == 1) return nanos[0] * size / sizes[0];
        int i = segment(size);
        double x0 = Math.log(sizes[i]), x1 = Math.log(sizes[i + 1]);
        double y0 = Math.log(nanos[i]), y1 = Math.log(nanos[i + 1]);
        double slope = Math.max(0, (y1 - y0) / (x1 - x0)); // costs never fall with size: noise, not physics
        return Math.exp(y0 + slope * (Math.log(size) - x0));
    }

    /**
     * The smallest size in [{@code min}, {@code max}] whose call takes at least {@code targetNanos},
     * searched on the curve (bisection on whole bytes, since {@link #timeAt} never decreases).
     * @return that size, {@code min} if even {@code min} takes that long, or -1 if {@code max} does not
     */
    public long sizeFor(double targetNanos, long min, long max) {
        if (min <= 0 || max < min) throw new IllegalArgumentException("CostCurve.sizeFor: need 0 < min <= max, got " + min + ", " + max);
        if (timeAt(min) >= targetNanos) return min;
        if (timeAt(max) < targetNanos) return -1;
        long lo = min, hi = max; // timeAt(lo) < target <= timeAt(hi)
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (timeAt(mid) >= targetNanos) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /** Index i of the segment [sizes[i], sizes[i+1]] used for size (the first or last one outside). */
    private int segment(long size) {
        int n = sizes.length;
        for (int i = 0; i < n - 2; i++) if (size < sizes[i + 1]) return i;
        return n - 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostCurve c && Arrays.equals(sizes, c.sizes) && Arrays.equals(nanos, c.nanos);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + Arrays.hashCode(nanos);
    }

    @Override
    public String toString() {
        return "CostCurve" + Arrays.toString(sizes) + " -> " + Arrays.toString(nanos) + " ns";
    }
}
