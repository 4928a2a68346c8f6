package org.gilkit.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;

/**
 * Records a {@link Trace} of one {@link Gil}: {@link #start} turns the lock's per-thread event
 * rings on, a background collector thread drains them every few milliseconds (so a ring rarely
 * fills, and a full ring drops events rather than blocking the traced thread; drops are counted
 * and reported), and {@link #stop()} drains the rest and returns the immutable trace.
 *
 * <p>Besides the lock's own events (request, acquire, release, drop requests, forced switches,
 * kernel begin/end, thread start/exit) a session records the blocking calls the interpreter
 * reports through {@link #recorder(GilThread)} or {@link #blockedBegin}/{@link #blockedEnd},
 * and, when Java Flight Recorder is recording, emits {@code org.gilkit.GilWait} and
 * {@code org.gilkit.KernelSpan} events as it drains (see {@link JfrEmitter}).
 *
 * <p>Contract: at most one session per lock at a time (a second {@code start} on a traced lock
 * is an {@link IllegalStateException}: two drainers would split the events). Thread-safe.
 * The lock may be closed before {@link #stop()}: the events of its closed threads are kept.
 *
 * <p>Wired in: {@code gilkit trace} ({@code org.gilkit.cli.TraceCommand}) for the built-in
 * demo, and the interpreter's {@code gilkit trace script.py}; TraceOverheadBench measures it.
 */
public final class TraceSession implements AutoCloseable {
    /**
     * Ring size per thread: 262144 events, 6 MB of address space (calloc'd, so a quiet thread's
     * untouched pages are never resident), about 0.15 s of the busiest 1 us hand-offs: enough for
     * the collector to be descheduled for a while on a loaded machine without losing events.
     */
    public static final int DEFAULT_EVENTS_PER_THREAD = 1 << 18;
    /** How often the collector drains: often enough that a ring of the default size keeps up. */
    public static final Duration DEFAULT_DRAIN_INTERVAL = Duration.ofMillis(10);

    private final Gil gil;
    /** The drain interval while rings fill fast (see {@link #collectLoop()}). */
    private static final long BURST_DRAIN_INTERVAL_NANOS = 1_000_000L;

    private final long drainIntervalNanos;
    private final int eventsPerThread;
    private final long clockOffset;
    private final long startNanos;
    private final long switchIntervalNanos;
    private final JfrEmitter jfr;
    /**
     * Guards {@link #logs} and {@link #recordersClosed} only, never held while draining: a traced
     * thread asking for its recorder on its first blocking call must not wait for a drain of
     * every ring (the first drains, with a cold JIT, took tens of milliseconds).
     */
    private final Object logsLock = new Object();
    private final Map<GilThread, ThreadLog> logs = new LinkedHashMap<>(); // guarded by logsLock
    private boolean recordersClosed; // guarded by logsLock
    private final Thread collector;
    private volatile boolean stopping;
    private Trace result; // guarded by this
    private volatile Throwable collectorFailure;

    private TraceSession(Gil gil, int eventsPerThread, Duration drainInterval) {
        this.gil = gil;
        this.drainIntervalNanos = drainInterval.toNanos();
        this.eventsPerThread = eventsPerThread;
        this.switchIntervalNanos = gil.switchIntervalNanos();
        this.clockOffset = measureClockOffset();
        this.jfr = new JfrEmitter(gil.policy());
        GilTrace.enable(gil, eventsPerThread);
        this.startNanos = GilTrace.nowNanos();
        this.collector = new Thread(this::collectLoop, "gilkit-trace-collector");
        collector.setDaemon(true);
    }

    /** Starts a session with the default ring size and drain interval. */
    public static TraceSession start(Gil gil) {
        return start(gil, DEFAULT_EVENTS_PER_THREAD, DEFAULT_DRAIN_INTERVAL);
    }

    /**
     * Starts recording {@code gil}.
     * @param eventsPerThread ring size per thread, in [16, 2^26]
     * @param drainInterval how often the collector drains, at least 1 ms
     * @throws IllegalStateException if the lock is closed or already traced
     */
    public static TraceSession start(Gil gil, int eventsPerThread, Duration drainInterval) {
        if (gil == null) throw new IllegalArgumentException("gil must not be null");
        if (drainInterval == null || drainInterval.toMillis() < 1) {
            throw new IllegalArgumentException("drain interval must be at least 1 ms, got " + drainInterval);
        }
        TraceSession s;
        synchronized (gil) { // the lock's own monitor: two concurrent starts cannot both see "not traced"
            if (GilTrace.isEnabled(gil)) {
                throw new IllegalStateException("this lock is already traced (another TraceSession is running)");
            }
            s = new TraceSession(gil, eventsPerThread, drainInterval);
        }
        s.collector.start();
        return s;
    }

    /** The offset from System.nanoTime() to the trace clock, read as the middle of a bracket. */
    private static long measureClockOffset() {
        long best = Long.MAX_VALUE;
        long offset = 0;
        for (int i = 0; i < 5; i++) {
            long a = System.nanoTime();
            long t = GilTrace.nowNanos();
            long b = System.nanoTime();
            if (b - a < best) {
                best = b - a;
                offset = t - (a + (b - a) / 2);
            }
        }
        // On Linux both are CLOCK_MONOTONIC: an offset within the bracket is measurement noise, and
        // taking it as 0 keeps Java-reported spans exactly in line with the lock's events.
        return Math.abs(offset) <= best ? 0 : offset;
    }

    /** The lock being traced. */
    public Gil gil() {
        return gil;
    }

    /** When the session started, in the trace clock (CLOCK_MONOTONIC ns). */
    public long startNanos() {
        return startNanos;
    }

    /**
     * The recorder for {@code thread}'s blocking calls (the same object every time; cache it in
     * the thread state). After {@link #stop()} it records nothing.
     */
    public ThreadRecorder recorder(GilThread thread) {
        synchronized (logsLock) {
            if (recordersClosed) return ThreadRecorder.NOOP;
            return log(thread).recorder;
        }
    }

    /** Shorthand for {@code recorder(thread).blockedBegin(what)}; call on {@code thread}'s owner. */
    public void blockedBegin(GilThread thread, String what) {
        recorder(thread).blockedBegin(what);
    }

    /** Shorthand for {@code recorder(thread).blockedEnd()}; call on {@code thread}'s owner. */
    public void blockedEnd(GilThread thread) {
        recorder(thread).blockedEnd();
    }

    /** Events dropped so far by full rings, over the threads seen so far. */
    public long droppedEvents() {
        long n = 0;
        for (ThreadLog l : logsSnapshot()) n += GilTrace.dropped(l.thread);
        return n;
    }

    /** Events collected so far (for progress reports). */
    public synchronized long collectedEvents() {
        return logsSnapshot().stream().mapToLong(l -> l.events.size()).sum();
    }

    /**
     * Stops recording and returns the trace (the same one on every call). The lock may have been
     * closed meanwhile. Never throws for a collector failure (e.g. out of direct memory for a huge
     * trace): the trace then holds what was collected, later events count as dropped, and
     * {@link #failure()} says what happened.
     */
    public Trace stop() {
        stopping = true;
        LockSupport.unpark(collector);
        joinCollector();
        synchronized (this) {
            if (result != null) return result;
            drainSafely();
            if (!gil.isClosed()) {
                try {
                    GilTrace.disable(gil);
                } catch (IllegalStateException closedMeanwhile) {
                    // the interpreter closed the lock concurrently: nothing left to disable
                }
            }
            drainSafely();
            long end = GilTrace.nowNanos();
            List<ThreadLog> all;
            synchronized (logsLock) {
                recordersClosed = true;
                all = new ArrayList<>(logs.values());
            }
            for (ThreadLog l : all) l.recorder.deactivate();
            result = TraceBuilder.build(gil.policy(), switchIntervalNanos, startNanos, end, all);
        }
        return result;
    }

    /** Why collecting stopped early (events after it were dropped), or null if it did not. */
    public Throwable failure() {
        return collectorFailure;
    }

    private void drainSafely() {
        if (collectorFailure != null) return;
        try {
            drainOnce();
        } catch (OutOfMemoryError | RuntimeException e) {
            collectorFailure = e;
        }
    }

    /** Stops the session if it is still running, discarding nothing (see {@link #stop()}). */
    @Override
    public void close() {
        stop();
    }

    private void joinCollector() {
        boolean interrupted = false;
        while (collector.isAlive()) {
            try {
                collector.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * Drains every interval; when a drain found a ring more than an eighth full, the next one
     * comes after 1 ms instead, so a burst of events (1 us hand-offs record millions per second)
     * is drained before the ring overflows, and a quiet lock costs one wake-up per interval.
     */
    private void collectLoop() {
        try {
            long pause = drainIntervalNanos;
            while (!stopping) {
                LockSupport.parkNanos(this, pause);
                if (stopping) break;
                int busiest = drainOnceLocked();
                pause = busiest > eventsPerThread / 8 ? Math.min(BURST_DRAIN_INTERVAL_NANOS, drainIntervalNanos) : drainIntervalNanos;
            }
        } catch (Throwable e) {
            collectorFailure = e;
        }
    }

    private synchronized int drainOnceLocked() {
        return result == null && collectorFailure == null ? drainOnce() : 0;
    }

    /** Moves every ring's events into the logs; called with the monitor held. @return the most events one ring had */
    private int drainOnce() {
        int busiest = 0;
        for (GilThread t : GilTrace.threadsToDrain(gil)) {
            ThreadLog l;
            synchronized (logsLock) {
                l = log(t);
            }
            int before = l.events.size();
            int n = l.events.drainFrom(t);
            jfr.emit(l, before, before + n);
            busiest = Math.max(busiest, n);
        }
        return busiest;
    }

    private List<ThreadLog> logsSnapshot() {
        synchronized (logsLock) {
            return new ArrayList<>(logs.values());
        }
    }

    /** The log of {@code t}, created at first sighting; called with {@link #logsLock} held. */
    private ThreadLog log(GilThread t) {
        return logs.computeIfAbsent(t, k -> new ThreadLog(k, logs.size() + 1, new ThreadRecorder(clockOffset)));
    }
}
