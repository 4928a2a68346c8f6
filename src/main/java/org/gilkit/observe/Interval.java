package org.gilkit.observe;

/**
 * One stretch of one thread's time in a {@link Trace}: {@code [startNanos, endNanos)} in the trace
 * clock (CLOCK_MONOTONIC ns, like {@link org.gilkit.gil.GilEvent#timeNanos()}).
 *
 * @param kind what the thread was doing
 * @param startNanos when it began
 * @param endNanos when it ended, at least {@code startNanos}
 * @param label a detail for reports: the blocking call ("sleep"), "forced switch", or empty
 */
public record Interval(IntervalKind kind, long startNanos, long endNanos, String label) {
    public Interval {
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("interval ends before it starts: " + startNanos + " > " + endNanos);
        }
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Whether this and {@code o} share some time (touching ends do not count). */
    public boolean overlaps(Interval o) {
        return startNanos < o.endNanos && o.startNanos < endNanos;
    }
}
