package org.gilkit.observe;

import java.io.IOException;
import java.io.Writer;
import org.gilkit.gil.GilEvent;

/**
 * Writes a {@link Trace} as Chrome trace-event JSON ("JSON Object Format"), which
 * ui.perfetto.dev and chrome://tracing open.
 *
 * <p>Layout: one process ("gilkit (policy ...)"); per thread two tracks, named by
 * {@code thread_name} metadata. The lock track (tid = 2*index) holds one complete ("X") slice per
 * {@link Interval}: holding, waiting, running native, blocked in I/O, released; plus instant
 * ("i") events for drop requests set and received and for forced switches. The calls track
 * (tid = 2*index+1) holds the thread's lifetime as a "B"/"E" pair and, nested inside it, one "X"
 * slice per {@link KernelSpan} (args: bytes, released) and per {@link BlockedCall}; they live on
 * their own track because a kernel call straddles a release and a re-acquire, which would break
 * the nesting of the lock track. Timestamps are microseconds from the trace start, printed as
 * decimals with nanosecond precision ({@code "ts": 12.345}). {@code otherData} carries the policy,
 * the switch interval and the dropped-event count.
 *
 * <p>Wired in: {@code gilkit trace -o trace.json}.
 */
public final class PerfettoWriter {
    private static final int PID = 1;

    private final Writer out;
    private final long origin;
    private boolean first = true;

    private PerfettoWriter(Writer out, long origin) {
        this.out = out;
        this.origin = origin;
    }

    /** Writes {@code trace} to {@code out} (not closed; flushed). */
    public static void write(Trace trace, Writer out) throws IOException {
        PerfettoWriter w = new PerfettoWriter(out, trace.startNanos());
        out.write("{\"displayTimeUnit\":\"ns\",\"otherData\":");
        w.otherData(trace);
        out.write(",\n\"traceEvents\":[\n");
        w.meta(0, "process_name", "gilkit (policy " + trace.policy().cliName() + ")");
        for (ThreadTrace t : trace.threads()) w.thread(t);
        out.write("\n]}\n");
        out.flush();
    }

    /** The lock track's thread id for thread {@code index}. */
    public static int lockTid(int index) {
        return 2 * index;
    }

    /** The calls track's thread id for thread {@code index}. */
    public static int callsTid(int index) {
        return 2 * index + 1;
    }

    private void otherData(Trace trace) throws IOException {
        out.write("{\"generator\":\"gilkit\",\"policy\":" + Json.str(trace.policy().cliName())
                + ",\"switch_interval_ns\":" + trace.switchIntervalNanos()
                + ",\"wall_ns\":" + trace.wallNanos()
                + ",\"threads\":" + trace.threads().size()
                + ",\"dropped_events\":" + trace.droppedEvents() + "}");
    }

    private void thread(ThreadTrace t) throws IOException {
        String label = trackLabel(t);
        meta(lockTid(t.index()), "thread_name", label + " lock");
        meta(lockTid(t.index()), "thread_sort_index", null, 2 * t.index());
        meta(callsTid(t.index()), "thread_name", label + " calls");
        meta(callsTid(t.index()), "thread_sort_index", null, 2 * t.index() + 1);
        for (Interval i : t.intervals()) {
            String name = i.label().isEmpty() ? i.kind().label() : i.kind().label() + ": " + i.label();
            slice(lockTid(t.index()), name, "gil", i.startNanos(), i.durationNanos(), "");
        }
        for (GilEvent e : t.events()) instant(t, e);
        span(callsTid(t.index()), "B", "thread " + t.name(), t.startNanos());
        for (KernelSpan k : t.kernels()) {
            slice(callsTid(t.index()), k.kernel(), "kernel", k.startNanos(), k.durationNanos(),
                    "\"bytes\":" + k.bytes() + ",\"released\":" + k.released());
        }
        for (BlockedCall c : t.blockedCalls()) {
            slice(callsTid(t.index()), "blocked: " + c.what(), "blocking", c.startNanos(), c.durationNanos(), "");
        }
        span(callsTid(t.index()), "E", "thread " + t.name(), t.endNanos());
    }

    private void instant(ThreadTrace t, GilEvent e) throws IOException {
        String name = switch (e.type()) {
            case DROP_REQUEST_SET -> "drop request set";
            case DROP_REQUEST_RECEIVED -> "drop request received";
            case FORCED_SWITCH -> "forced switch";
            case THREAD_START -> "thread start";
            case THREAD_EXIT -> "thread exit";
            default -> null;
        };
        if (name == null) return;
        next();
        out.write("{\"name\":" + Json.str(name) + ",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"t\",\"pid\":" + PID
                + ",\"tid\":" + lockTid(t.index()) + ",\"ts\":" + Json.micros(e.timeNanos() - origin) + "}");
    }

    private void slice(int tid, String name, String cat, long start, long dur, String args) throws IOException {
        next();
        out.write("{\"name\":" + Json.str(name) + ",\"cat\":\"" + cat + "\",\"ph\":\"X\",\"pid\":" + PID
                + ",\"tid\":" + tid + ",\"ts\":" + Json.micros(start - origin) + ",\"dur\":" + Json.micros(dur)
                + (args.isEmpty() ? "" : ",\"args\":{" + args + "}") + "}");
    }

    private void span(int tid, String ph, String name, long t) throws IOException {
        next();
        out.write("{\"name\":" + Json.str(name) + ",\"cat\":\"thread\",\"ph\":\"" + ph + "\",\"pid\":" + PID
                + ",\"tid\":" + tid + ",\"ts\":" + Json.micros(t - origin) + "}");
    }

    private void meta(int tid, String what, String name) throws IOException {
        meta(tid, what, name, 0);
    }

    private void meta(int tid, String what, String name, int sortIndex) throws IOException {
        next();
        String args = name != null ? "{\"name\":" + Json.str(name) + "}" : "{\"sort_index\":" + sortIndex + "}";
        out.write("{\"name\":\"" + what + "\",\"ph\":\"M\",\"pid\":" + PID + ",\"tid\":" + tid + ",\"args\":" + args + "}");
    }

    private void next() throws IOException {
        if (!first) out.write(",\n");
        first = false;
    }

    /** The label of {@code t}'s tracks: its lock name, Java thread name and id. */
    static String trackLabel(ThreadTrace t) {
        return t.name() + " [java: " + t.javaThreadName() + ", id " + t.javaThreadId() + "]";
    }
}
