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
    /** Longs per event in the packed form of {@link #drainInto}. */
    public static final int LONGS_PER_EVENT = 3;

    private GilTrace() {}

    /**
     * Starts recording for every thread of {@code gil}, present and future.
     * @param eventsPerThread ring size per thread, in [16, 2^26]
     */
    public static void enable(Gil gil, int eventsPerThread) {
        if (eventsPerThread < 16 || eventsPerThread > (1 << 26)) {
            throw new IllegalArgumentException("events per thread must be in [16, 67108864], got " + eventsPerThread);
        }
        synchronized (requireGil(gil)) { // Gil.close() frees the C lock under this monitor
            gil.markTraced(); // before any ring exists: a closing thread that saw false has none
            GilErrors.check(GilkitNative.Trace.gilkit_trace_enable(gil.nativeHandle(), eventsPerThread), "GilTrace.enable");
        }
    }

    /** Stops recording; events already recorded stay drainable. */
    public static void disable(Gil gil) {
        synchronized (requireGil(gil)) {
            GilErrors.check(GilkitNative.Trace.gilkit_trace_disable(gil.nativeHandle()), "GilTrace.disable");
        }
    }

    public static boolean isEnabled(Gil gil) {
        synchronized (requireGil(gil)) {
            return GilErrors.check(GilkitNative.Trace.gilkit_trace_enabled(gil.nativeHandle()), "GilTrace.isEnabled") == 1;
        }
    }

    private static Gil requireGil(Gil gil) {
        if (gil == null) throw new IllegalArgumentException("gil must not be null");
        return gil;
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

    /**
     * Drains every attached thread and every closed one not drained yet, each thread's events
     * kept apart (oldest first), in attach order then close order. Unlike {@link #drainAll},
     * threads that share a name stay distinguishable. A closed thread's last event is a
     * THREAD_EXIT recorded by {@link GilThread#close()}.
     */
    public static java.util.Map<GilThread, List<GilEvent>> drainEach(Gil gil) {
        java.util.Map<GilThread, List<GilEvent>> out = new java.util.LinkedHashMap<>();
        for (GilThread t : gil.threads()) out.put(t, t.drainTrace());
        for (GilThread t : gil.takeRetired()) out.merge(t, t.drainTrace(), GilTrace::concat);
        return out;
    }

    private static List<GilEvent> concat(List<GilEvent> a, List<GilEvent> b) {
        List<GilEvent> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The name of a kernel from the id its KERNEL_BEGIN event carries (ids are interned
     * process-wide by {@code gilkit_trace_kernel_id}), or {@code "kernel#<id>"} if unknown.
     */
    public static String kernelName(int traceKernelId) {
        String n = GilkitNative.Trace.gilkit_trace_kernel_name(traceKernelId);
        return n == null ? "kernel#" + traceKernelId : n;
    }

    /** Interns a kernel name for {@link #kernelBegin}/{@link #kernelEnd}; the same name gives the same id. */
    public static int kernelId(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("kernel name must not be empty");
        return GilErrors.check(GilkitNative.Trace.gilkit_trace_kernel_id(name), "GilTrace.kernelId");
    }

    /**
     * Records KERNEL_BEGIN on the calling thread's current thread state (a no-op when it has none
     * or does not trace): for kernels written in Java, and for tests around test kernels.
     */
    public static void kernelBegin(int kernelId, long bytes) {
        GilkitNative.Trace.gilkit_trace_kernel_begin(kernelId, bytes);
    }

    /** Records KERNEL_END (see {@link #kernelBegin}); {@code released}: whether the kernel dropped the lock. */
    public static void kernelEnd(int kernelId, long bytes, boolean released) {
        GilkitNative.Trace.gilkit_trace_kernel_end(kernelId, bytes, released ? 1 : 0);
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
        long[] raw = drainNativeRaw(ts);
        List<GilEvent> out = new ArrayList<>(raw.length / LONGS_PER_EVENT + 1);
        for (int i = 0; i < raw.length; i += LONGS_PER_EVENT) out.add(event(owner.name(), raw[i], raw[i + 1], raw[i + 2]));
        return out;
    }

    /**
     * The packed form of drainNative: LONGS_PER_EVENT longs per event (time, type << 32 | arg,
     * value), one bulk copy per chunk instead of three JNI reads per event, and no object per
     * event: the collector of a busy trace drains millions of events per second
     * (TraceOverheadBench), and objects per event would make every young GC copy them all.
     * Called with the thread's native lock held and ts alive.
     */
    static long[] drainNativeRaw(gilkit_tstate ts) {
        long[] out = new long[0];
        int used = 0;
        try (LongPointer buf = new LongPointer((long) CHUNK * LONGS_PER_EVENT)) {
            long n;
            do {
                n = GilkitNative.Trace.gilkit_trace_drain(ts, buf, CHUNK);
                int len = (int) n * LONGS_PER_EVENT;
                if (used + len > out.length) out = java.util.Arrays.copyOf(out, Math.max(used + len, out.length * 2));
                buf.position(0).get(out, used, len);
                used += len;
            } while (n == CHUNK);
        }
        return used == out.length ? out : java.util.Arrays.copyOf(out, used);
    }

    /**
     * The threads whose rings a collector must drain now: every attached thread, then every
     * closed one whose events were not drained yet (those are handed out once: drain each of them
     * until {@link #drainInto} returns 0).
     */
    public static List<GilThread> threadsToDrain(Gil gil) {
        List<GilThread> all = gil.threads();
        all.addAll(gil.takeRetired());
        return all;
    }

    /**
     * Moves {@code thread}'s oldest events, packed (LONGS_PER_EVENT longs each: time in ns, {@code type << 32 | arg} with type the
     * {@link GilEventType} ordinal, value), into {@code dest}
     * from its position: at most {@code dest.remaining() / LONGS_PER_EVENT} events, copied by C
     * straight into the buffer's memory; advances the position. Off-heap destinations are how a
     * collector keeps millions of events without the garbage collector ever copying them.
     * @param dest a direct, native-order LongBuffer
     * @return the number of events moved (0: nothing left, or no room)
     */
    public static int drainInto(GilThread thread, java.nio.LongBuffer dest) {
        if (dest == null || !dest.isDirect() || dest.order() != java.nio.ByteOrder.nativeOrder()) {
            throw new IllegalArgumentException("drainInto needs a direct LongBuffer in native byte order");
        }
        if (thread == null) throw new IllegalArgumentException("thread must not be null");
        return thread.drainTraceInto(dest);
    }

    /** Called with the thread's native lock held and ts alive; see {@link #drainInto}. */
    static int drainNativeInto(gilkit_tstate ts, java.nio.LongBuffer dest) {
        int room = dest.remaining() / LONGS_PER_EVENT;
        if (room == 0) return 0;
        // A view of the buffer's memory from its position (not closed: it owns no memory).
        LongPointer p = new LongPointer(dest.slice());
        long n = GilkitNative.Trace.gilkit_trace_drain(ts, p, room);
        GilErrors.check((int) Math.min(0, n), "GilTrace.drainInto");
        dest.position(dest.position() + (int) n * LONGS_PER_EVENT);
        return (int) n;
    }

    /** Packs events as {@link #drainInto} writes them. */
    static long[] pack(List<GilEvent> events) {
        long[] out = new long[events.size() * LONGS_PER_EVENT];
        int i = 0;
        for (GilEvent e : events) {
            out[i++] = e.timeNanos();
            out[i++] = ((long) e.type().ordinal() << 32) | (e.arg() & 0xffffffffL);
            out[i++] = e.value();
        }
        return out;
    }

    /** Decodes one packed event (see {@link #drainInto}) of thread {@code thread}. */
    public static GilEvent event(String thread, long timeNanos, long typeArg, long value) {
        return new GilEvent(thread, timeNanos, GilEventType.ofCode((int) (typeArg >>> 32)), (int) typeArg, value);
    }
}
