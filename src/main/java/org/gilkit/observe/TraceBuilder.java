package org.gilkit.observe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilTrace;

/** Assembles the immutable {@link Trace} from a session's {@link ThreadLog}s ({@link TraceSession#stop()}). */
final class TraceBuilder {
    private TraceBuilder() {}

    static Trace build(GilPolicy policy, long switchIntervalNanos, long start, long end, Collection<ThreadLog> logs) {
        Map<Integer, String> names = new HashMap<>();
        List<ThreadTrace> threads = new ArrayList<>();
        for (ThreadLog l : logs) threads.add(thread(l, start, end, names));
        return new Trace(policy, switchIntervalNanos, start, end, threads);
    }

    private static ThreadTrace thread(ThreadLog l, long traceStart, long traceEnd, Map<Integer, String> names) {
        List<GilEvent> ev = l.events.asList(l.thread.name());
        long start = !ev.isEmpty() && ev.get(0).type() == GilEventType.THREAD_START ? ev.get(0).timeNanos() : traceStart;
        GilEvent last = ev.isEmpty() ? null : ev.get(ev.size() - 1);
        boolean exited = last != null && last.type() == GilEventType.THREAD_EXIT;
        long end = exited ? last.timeNanos() : Math.max(traceEnd, start);
        List<BlockedCall> calls = l.recorder.calls();
        IntervalDeriver.Derived d = IntervalDeriver.derive(ev, start, end, calls,
                id -> names.computeIfAbsent(id, GilTrace::kernelName));
        return new ThreadTrace(l.index, l.thread.name(), l.javaThreadName, l.javaThreadId, start, end, exited,
                ev, d.intervals(), d.kernels(), calls, GilTrace.dropped(l.thread));
    }
}
