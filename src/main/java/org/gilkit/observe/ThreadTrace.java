package org.gilkit.observe;

import java.util.List;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;

/**
 * One thread's part of a {@link Trace}: its identity, its raw lock events in the order it
 * recorded them, and what {@link IntervalDeriver} made of them. Immutable.
 *
 * @param index the thread's track number in the trace, from 1, in order of first sighting
 * @param name the name the thread attached to the lock with (may repeat across threads)
 * @param javaThreadName the Java thread's name when the session first saw it
 * @param javaThreadId the Java thread's id
 * @param startNanos THREAD_START time, or the trace start if the thread attached earlier
 * @param endNanos THREAD_EXIT time, or the trace end if it was still attached
 * @param exited whether the thread detached (closed) before the trace ended
 * @param events the lock's events for this thread, oldest first
 * @param intervals holding / waiting / native / blocked / released stretches, in time order
 * @param kernels native kernel calls, in time order
 * @param blockedCalls blocking calls the interpreter reported from Java, in time order
 * @param droppedEvents events the thread's ring had to discard (full ring); 0 means complete
 */
public record ThreadTrace(int index, String name, String javaThreadName, long javaThreadId,
                          long startNanos, long endNanos, boolean exited,
                          List<GilEvent> events, List<Interval> intervals, List<KernelSpan> kernels,
                          List<BlockedCall> blockedCalls, long droppedEvents) {
    public ThreadTrace {
        events = events instanceof PackedEvents.View ? events : List.copyOf(events); // the view is immutable
        intervals = List.copyOf(intervals);
        kernels = List.copyOf(kernels);
        blockedCalls = List.copyOf(blockedCalls);
    }

    /** This thread's intervals of one kind. */
    public List<Interval> intervals(IntervalKind kind) {
        return intervals.stream().filter(i -> i.kind() == kind).toList();
    }

    /** Totals over the intervals and events. */
    public ThreadSummary summary() {
        return new ThreadSummary(total(IntervalKind.HOLDING), total(IntervalKind.WAITING),
                total(IntervalKind.NATIVE), total(IntervalKind.BLOCKED),
                count(GilEventType.ACQUIRE), count(GilEventType.FORCED_SWITCH),
                count(GilEventType.DROP_REQUEST_SET), count(GilEventType.DROP_REQUEST_RECEIVED));
    }

    private long total(IntervalKind kind) {
        long sum = 0;
        for (Interval i : intervals) if (i.kind() == kind) sum += i.durationNanos();
        return sum;
    }

    private long count(GilEventType type) {
        long n = 0;
        for (GilEvent e : events) if (e.type() == type) n++;
        return n;
    }
}
