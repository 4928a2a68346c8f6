package org.gilkit.observe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;
import org.gilkit.gil.GilEvent;

/**
 * Turns one thread's lock events into {@link Interval}s and {@link KernelSpan}s; used by
 * {@link TraceSession#stop()}.
 *
 * <p>The rules, following how {@code gil.c} records (one fresh clock read per event):
 * <ul>
 *   <li>HOLDING runs from ACQUIRE to RELEASE. A thread that already held the lock when tracing
 *       began shows a RELEASE first: its hold starts at the trace start.</li>
 *   <li>WAITING ends at ACQUIRE and starts at the REQUEST before it, or, on the uncontended path
 *       (no REQUEST), at ACQUIRE minus the waited time the event carries (then usually 0).</li>
 *   <li>After a RELEASE the thread is NATIVE, BLOCKED or RELEASED according to the release
 *       reason (2 native, 1 blocking, 0 switch), until it starts waiting again; a FORCED_SWITCH
 *       labels a switch gap "forced switch". A BLOCKED gap takes the name of the Java-reported
 *       blocking call that covers it, if any.</li>
 *   <li>Spans still open at the thread's end (exit or trace end) are closed there.</li>
 *   <li>KERNEL_BEGIN opens a kernel span (arg: kernel id, value: bytes); the next KERNEL_END
 *       closes the innermost one (arg: 1 if it released).</li>
 * </ul>
 * It never throws on a malformed sequence (rings may drop events): {@link TraceChecks} reports those.
 */
final class IntervalDeriver {
    static final int REASON_BLOCKING = 1;
    static final int REASON_NATIVE = 2;

    /** The result for one thread. */
    record Derived(List<Interval> intervals, List<KernelSpan> kernels) {}

    private final List<Interval> intervals = new ArrayList<>();
    private final List<KernelSpan> kernels = new ArrayList<>();
    private final Deque<long[]> openKernels = new ArrayDeque<>(); // {start, kernel id, bytes}
    private final List<BlockedCall> calls;
    private final IntFunction<String> kernelNames;
    private long holdingSince = -1;
    private long waitingSince = -1;
    private long releasedSince = -1;
    private int releaseReason;
    private boolean forced;

    private IntervalDeriver(List<BlockedCall> calls, IntFunction<String> kernelNames) {
        this.calls = calls;
        this.kernelNames = kernelNames;
    }

    /**
     * @param events one thread's events, oldest first
     * @param start the thread's start (trace start if it attached earlier)
     * @param end the thread's end (exit or trace end)
     * @param calls the thread's Java-reported blocking calls, for naming BLOCKED gaps
     * @param kernelNames maps a KERNEL_BEGIN id to a name
     */
    static Derived derive(List<GilEvent> events, long start, long end, List<BlockedCall> calls,
                          IntFunction<String> kernelNames) {
        IntervalDeriver d = new IntervalDeriver(calls, kernelNames);
        boolean first = true;
        for (GilEvent e : events) {
            d.step(e, start, first);
            first = false;
        }
        d.finish(end);
        return new Derived(d.intervals, d.kernels);
    }

    private void step(GilEvent e, long traceStart, boolean first) {
        long t = e.timeNanos();
        switch (e.type()) {
            case REQUEST -> startWaiting(t);
            case ACQUIRE -> acquired(t, e.value());
            case RELEASE -> released(first && holdingSince < 0 ? traceStart : holdingSince, t, e.arg());
            case FORCED_SWITCH -> forced = true;
            case KERNEL_BEGIN -> openKernels.push(new long[] {t, e.arg(), e.value()});
            case KERNEL_END -> kernelEnded(t, e.arg() != 0, e.value());
            case THREAD_EXIT -> finish(t);
            default -> { }
        }
    }

    private void startWaiting(long t) {
        closeReleased(t);
        waitingSince = t;
    }

    private void acquired(long t, long waited) {
        long from = waitingSince >= 0 ? waitingSince : t - waited;
        if (releasedSince >= 0) from = Math.max(from, releasedSince); // it cannot wait before it released
        from = Math.min(from, t);
        closeReleased(from);
        if (from < t) intervals.add(new Interval(IntervalKind.WAITING, from, t, ""));
        waitingSince = -1;
        holdingSince = t;
    }

    private void released(long since, long t, int reason) {
        if (since >= 0 && since <= t) intervals.add(new Interval(IntervalKind.HOLDING, since, t, ""));
        holdingSince = -1;
        releasedSince = t;
        releaseReason = reason;
        forced = false;
    }

    private void closeReleased(long t) {
        if (releasedSince < 0) return;
        long from = Math.min(releasedSince, t);
        IntervalKind kind = switch (releaseReason) {
            case REASON_NATIVE -> IntervalKind.NATIVE;
            case REASON_BLOCKING -> IntervalKind.BLOCKED;
            default -> IntervalKind.RELEASED;
        };
        String label = kind == IntervalKind.BLOCKED ? callCovering(from, t) : forced ? "forced switch" : "";
        if (from < t || kind != IntervalKind.RELEASED) intervals.add(new Interval(kind, from, t, label));
        releasedSince = -1;
    }

    /** The Java-reported call that overlaps [from, to) most, or "" if none does. */
    private String callCovering(long from, long to) {
        String best = "";
        long bestOverlap = 0;
        for (BlockedCall c : calls) {
            long overlap = Math.min(to, c.endNanos()) - Math.max(from, c.startNanos());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c.what();
            }
        }
        return best;
    }

    private void kernelEnded(long t, boolean released, long bytes) {
        long[] open = openKernels.poll();
        if (open == null) return; // its BEGIN was dropped or recorded before tracing began
        kernels.add(new KernelSpan(kernelNames.apply((int) open[1]), bytes, released, open[0], Math.max(t, open[0])));
    }

    private void finish(long end) {
        if (holdingSince >= 0) intervals.add(new Interval(IntervalKind.HOLDING, holdingSince, Math.max(end, holdingSince), ""));
        if (waitingSince >= 0) intervals.add(new Interval(IntervalKind.WAITING, waitingSince, Math.max(end, waitingSince), ""));
        closeReleased(end);
        holdingSince = -1;
        waitingSince = -1;
        while (!openKernels.isEmpty()) {
            long[] open = openKernels.poll();
            kernels.add(new KernelSpan(kernelNames.apply((int) open[1]), open[2], false, open[0], Math.max(end, open[0])));
        }
    }
}
