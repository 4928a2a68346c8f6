package org.gilkit.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gilkit.gil.GilPolicy;

/**
 * A finished recording of one lock: what {@link TraceSession#stop()} returns and what
 * {@link PerfettoWriter} and {@link HtmlReport} write. Immutable.
 *
 * <p>Two whole-program ratios summarize it (both also printed by {@link StatsTable}, from the
 * lock's counters):
 * <ul>
 *   <li><b>held fraction</b> = total holding time of all threads / wall time: the share of the
 *       run during which bytecode ran. At most 1 under new/legacy/fifo; under {@code off} it
 *       may exceed 1, because nothing stops threads "holding" at once.</li>
 *   <li><b>wait fraction</b> = total waiting time / total accounted time (holding + waiting +
 *       native + blocked, summed over threads): of the time threads spent doing anything the
 *       lock can see, the share they spent waiting for it. 4 CPU-bound threads taking turns
 *       give about 0.75.</li>
 * </ul>
 *
 * @param policy the lock's policy
 * @param switchIntervalNanos its switch interval when the session started
 * @param startNanos when the session started (trace clock: CLOCK_MONOTONIC ns)
 * @param endNanos when it stopped
 * @param threads every thread seen, by {@link ThreadTrace#index()}
 */
public record Trace(GilPolicy policy, long switchIntervalNanos, long startNanos, long endNanos,
                    List<ThreadTrace> threads) {
    public Trace {
        threads = List.copyOf(threads);
    }

    public long wallNanos() {
        return endNanos - startNanos;
    }

    /** Events discarded by full rings over all threads; 0 means the trace is complete. */
    public long droppedEvents() {
        return threads.stream().mapToLong(ThreadTrace::droppedEvents).sum();
    }

    /** Every holding interval of every thread, sorted by start (the input of the overlap check). */
    public List<Interval> allHolding() {
        List<Interval> all = new ArrayList<>();
        for (ThreadTrace t : threads) all.addAll(t.intervals(IntervalKind.HOLDING));
        all.sort(Comparator.comparingLong(Interval::startNanos));
        return all;
    }

    /** See the class comment; 0 for an empty trace. */
    public double heldFraction() {
        long held = threads.stream().mapToLong(t -> t.summary().heldNanos()).sum();
        return wallNanos() <= 0 ? 0 : (double) held / wallNanos();
    }

    /** See the class comment; 0 when no time was accounted. */
    public double waitFraction() {
        long wait = 0;
        long accounted = 0;
        for (ThreadTrace t : threads) {
            ThreadSummary s = t.summary();
            wait += s.waitNanos();
            accounted += s.heldNanos() + s.waitNanos() + s.nativeNanos() + s.blockedNanos();
        }
        return accounted == 0 ? 0 : (double) wait / accounted;
    }
}
