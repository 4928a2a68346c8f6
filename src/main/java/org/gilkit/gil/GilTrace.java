package org.gilkit.gil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.LongPointer;
import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.gilkit_tstate;

/**
 * Turns the lock's event trace on and reads it (the [observe] tools build on this). Each thread
 * records into its own bounded C ring (see {@code native/include/gilkit/trace.h}); when a ring
 * is full, newer events are dropped and counted, so tracing never blocks the traced thread.
 * Events of a closed thread are kept until drained.
 */
public final class GilTrace {
    /** Events moved out of C per JNI call. */
    private static final int CHUNK = 4096;
    private static final int LONGS_PER_EVENT = 3;

    private GilTrace() {}

    /**
     * Starts recording for every thread of {@code gil}, present and future.
     * @param eventsPerThread ring size per thread, in [16, 2^26]
     */
    public static void enable(Gil gil, int eventsPerThread) {
        if (eventsPerThread < 16 || eventsPerThread > (1 << 26)) {
            throw new IllegalArgumentException("events per thread must be in [16, 67108864], got " + eventsPerThread);
        }
        GilErrors.check(GilkitNative.Trace.gilkit_trace_enable(gil.nativeHandle(), eventsPerThread), "GilTrace.enable");
    }

    /** Stops recording; events already recorded stay drainable. */
    public static void disable(Gil gil) {
        GilErrors.check(GilkitNative.Trace.gilkit_trace_disable(gil.nativeHandle()), "GilTrace.disable");
    }

    public static boolean isEnabled(Gil gil) {
        return GilErrors.check(GilkitNative.Trace.gilkit_trace_enabled(gil.nativeHandle()), "GilTrace.isEnabled") == 1;
    }

    /** Moves the recorded events of one thread out of its ring, oldest first. */
    public static List<GilEvent> drain(GilThread thread) {
        return thread.drainTrace();
    }

    /** Drains every attached thread and every closed one not drained yet, merged by time. */
    public static List<GilEvent> drainAll(Gil gil) {
        List<GilEvent> all = new ArrayList<>();
        for (GilThread t : gil.threads()) all.addAll(t.drainTrace());
        for (GilThread t : gil.takeRetired()) all.addAll(t.drainTrace());
        all.sort(Comparator.comparingLong(GilEvent::timeNanos));
        return all;
    }

    /** Events {@code thread} could not record because its ring was full. */
    public static long dropped(GilThread thread) {
        return thread.droppedTraceEvents();
    }

    /** The trace clock (CLOCK_MONOTONIC, ns), for lining other measurements up with events. */
    public static long nowNanos() {
        return GilkitNative.Trace.gilkit_trace_now_ns();
    }

    /** Called with the thread's native lock held and ts alive. */
    static List<GilEvent> drainNative(GilThread owner, gilkit_tstate ts) {
        List<GilEvent> out = new ArrayList<>();
        try (LongPointer buf = new LongPointer((long) CHUNK * LONGS_PER_EVENT)) {
            long n;
            do {
                n = GilkitNative.Trace.gilkit_trace_drain(ts, buf, CHUNK);
                for (long i = 0; i < n; i++) {
                    long typeArg = buf.get(i * LONGS_PER_EVENT + 1);
                    out.add(new GilEvent(owner.name(), buf.get(i * LONGS_PER_EVENT),
                            GilEventType.ofCode((int) (typeArg >>> 32)), (int) typeArg, buf.get(i * LONGS_PER_EVENT + 2)));
                }
            } while (n == CHUNK);
        }
        return out;
    }
}
