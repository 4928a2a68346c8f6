package org.gilkit.gil;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.IntPointer;
import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.gilkit_gil;

/**
 * One global interpreter lock: the Java face of {@code native/src/gil.c}. Each interpreter
 * creates one (there is no process-wide lock), and each of its threads attaches once with
 * {@link #attachCurrentThread(String)} and then takes and drops the lock through its
 * {@link GilThread}. Native kernels release it with {@code GILKIT_BEGIN/END_ALLOW_THREADS}.
 *
 * <p>Contract: every argument is validated here, before C sees it; a bad argument is an
 * {@link IllegalArgumentException}, use after {@link #close()} an {@link IllegalStateException}
 * ("gil is closed"), never a JVM crash. Thread-safe.
 *
 * <p><b>Platform threads only.</b> A thread that holds the lock holds a C-level lock across
 * arbitrary Java code, and the lock's owner is an OS thread (its thread-local current tstate,
 * its identity checks, the pthread condition it sleeps on). A virtual thread (JDK 21+) can
 * unmount at a blocking call and resume on another carrier, which would then "hold" a lock that
 * a different OS thread took, and a parked virtual thread would pin or strand its carrier while
 * the lock waits on a condition variable (BUILD-NOTES P14). {@link #attachCurrentThread} therefore
 * rejects virtual threads.
 *
 * <p>Wired in: the interpreter ({@code org.gilkit.runtime}) creates one per interpreter from the
 * CLI's {@code --gil} and {@code --switch-interval}; {@code gilkit lockbench} measures it.
 */
public final class Gil implements AutoCloseable {
    /** CPython's default {@code sys.getswitchinterval()}: 5 ms. */
    public static final long DEFAULT_SWITCH_INTERVAL_NANOS = 5_000_000L;
    /** The shortest switch interval the lock accepts: 1 us. */
    public static final long MIN_SWITCH_INTERVAL_NANOS = 1_000L;
    /** Check points between releases under {@link GilPolicy#LEGACY} (CPython 2's {@code sys.setcheckinterval}). */
    public static final int DEFAULT_LEGACY_TICKS = 100;
    /**
     * Check points between two visits of {@link GilThread#checkpoint()}'s slow path under the
     * policies other than LEGACY, which need it only when the eval breaker is set. The visit
     * costs a few Java instructions (no call into C when no drop is requested); its point is the
     * JIT's branch profile. Armed with Integer.MAX_VALUE, the slow path was never taken before
     * the first contended switch, so C2 compiled the eval loop with an uncommon trap there, and
     * the first drop request deoptimized the whole loop (made not entrant, back to the bytecode
     * interpreter and C1 for the ~1 s a recompile takes on this 2-core machine) in the middle of
     * the first threaded run; issue 5, seen with -XX:+LogCompilation as
     * {@code uncommon_trap reason='unstable_if' ... GilThread checkpoint @25}.
     */
    static final int PROFILE_TICKS = 1 << 12;

    private final gilkit_gil handle;
    private final GilPolicy policy;
    private final ByteBuffer evalBreaker;
    /** Check points between slow paths for new threads; read by every GilThread (re)arming its countdown. */
    private volatile int ticksBetweenSlowPaths;
    private volatile boolean closed;
    /** Set (for good) before tracing is first enabled: until then no thread has a trace ring to drain. */
    private volatile boolean everTraced;
    private final Map<Thread, GilThread> attached = new LinkedHashMap<>(); // guarded by this
    private final List<GilThread> retired = new ArrayList<>(); // closed, with undrained trace events; guarded by this
    /** How many exited threads keep their own final counters; older ones are summed into one total. */
    static final int MAX_FINISHED = 4096;
    private final java.util.ArrayDeque<GilThread> finished = new java.util.ArrayDeque<>(); // guarded by this
    private GilStats forgotten = GilStats.ZERO; // summed counters of exited threads beyond MAX_FINISHED; guarded by this
    private long forgottenThreads; // guarded by this

    private Gil(gilkit_gil handle, GilPolicy policy) {
        this.handle = handle;
        this.policy = policy;
        IntPointer word = GilkitNative.Gil.gilkit_gil_eval_breaker(handle);
        this.evalBreaker = word.capacity(1).asByteBuffer().order(ByteOrder.nativeOrder());
        this.ticksBetweenSlowPaths = policy == GilPolicy.LEGACY ? DEFAULT_LEGACY_TICKS : PROFILE_TICKS;
    }

    /**
     * Creates a lock.
     * @param policy how the lock hands over (not null)
     * @param switchIntervalNanos the holder's slice: how long after taking the lock a holder is asked
     *        to drop it when another thread waits (at most this long for that waiter), at least 1000
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Gil create(GilPolicy policy, long switchIntervalNanos) {
        if (policy == null) throw new IllegalArgumentException("GIL policy must not be null");
        checkInterval(switchIntervalNanos);
        gilkit_gil h = GilkitNative.Gil.gilkit_gil_create(policy.code(), switchIntervalNanos);
        if (h == null || h.isNull()) throw new OutOfMemoryError("gilkit_gil_create: out of memory");
        return new Gil(h, policy);
    }

    private static void checkInterval(long ns) {
        if (ns < MIN_SWITCH_INTERVAL_NANOS) {
            throw new IllegalArgumentException("switch interval must be at least " + MIN_SWITCH_INTERVAL_NANOS
                    + " ns (1 us), got " + ns + " ns");
        }
    }

    public GilPolicy policy() {
        return policy;
    }

    // The readers below are synchronized like close(): a monitor thread (watchdog, stats) may read
    // while the interpreter closes the lock, and "ensureOpen, then call C" without the monitor read
    // the freed C lock (heap-use-after-free under ASan; ConcurrentCloseTest).

    /** The switch interval in nanoseconds. */
    public synchronized long switchIntervalNanos() {
        ensureOpen();
        return GilkitNative.Gil.gilkit_gil_interval_ns(handle);
    }

    /** Changes the switch interval at run time ({@code sys.setswitchinterval}); at least 1000 ns. */
    public void setSwitchIntervalNanos(long ns) {
        checkInterval(ns);
        synchronized (this) {
            ensureOpen();
            GilErrors.check(GilkitNative.Gil.gilkit_gil_set_interval_ns(handle, ns), "Gil.setSwitchIntervalNanos");
        }
    }

    /** Check points between releases under {@link GilPolicy#LEGACY} (kept, but unused, by other policies). */
    public synchronized int legacyTicks() {
        ensureOpen();
        return GilkitNative.Gil.gilkit_gil_legacy_ticks(handle);
    }

    /** Sets the legacy ticks; at least 1. Threads pick the new value up at their next slow path. */
    public void setLegacyTicks(int ticks) {
        if (ticks < 1) throw new IllegalArgumentException("legacy ticks must be at least 1, got " + ticks);
        synchronized (this) {
            ensureOpen();
            GilErrors.check(GilkitNative.Gil.gilkit_gil_set_legacy_ticks(handle, ticks), "Gil.setLegacyTicks");
            if (policy == GilPolicy.LEGACY) ticksBetweenSlowPaths = ticks;
        }
    }

    /**
     * Attaches the calling (platform) thread: creates its thread state, which does not hold the
     * lock yet. Each thread attaches at most once per lock.
     * @param name a label for statistics and traces, not blank
     * @throws IllegalStateException if the lock is closed, the thread is virtual or already attached
     */
    public GilThread attachCurrentThread(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("thread name must not be blank");
        Thread me = Thread.currentThread();
        if (VirtualThreads.isVirtual(me)) {
            throw new IllegalStateException("thread '" + name + "' is a virtual thread; only platform threads may"
                    + " take the GIL (it is held across Java code by the OS thread that took it)");
        }
        synchronized (this) {
            ensureOpen();
            GilThread already = attached.get(me);
            if (already != null) {
                throw new IllegalStateException("this Java thread is already attached to the GIL as '"
                        + already.name() + "'");
            }
            GilkitNative.gilkit_tstate ts = GilkitNative.Gil.gilkit_tstate_create(handle, name);
            if (ts == null || ts.isNull()) throw new OutOfMemoryError("gilkit_tstate_create: out of memory");
            GilThread t = new GilThread(this, name, me, ts, evalBreaker);
            attached.put(me, t);
            return t;
        }
    }

    /** Attaches after {@code ready} opens (the probe's waiter waits for the holder first). */
    GilThread attachCurrentThreadOrFail(String name, java.util.concurrent.CountDownLatch ready) {
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to attach '" + name + "'", e);
        }
        return attachCurrentThread(name);
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Destroys the lock. Idempotent.
     * @throws IllegalStateException naming the threads still attached (close them first)
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        if (!attached.isEmpty()) {
            String names = attached.values().stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
            throw new IllegalStateException("cannot close the gil: threads still attached: " + names);
        }
        GilErrors.check(GilkitNative.Gil.gilkit_gil_destroy(handle), "Gil.close");
        closed = true;
    }

    /** How many times the lock changed hands through its slow path (a rough "switches" count). */
    public synchronized long switchCount() {
        ensureOpen();
        return GilkitNative.Gil.gilkit_gil_switch_number(handle);
    }

    /**
     * The lock's state now: holder, waiters and how long they have waited, switch count, pending
     * drop request. Never takes the lock (only C's short registry mutex), so a watchdog thread can
     * call it while the lock is stuck. Any thread.
     * @throws IllegalStateException if the lock is closed
     */
    public synchronized GilSnapshot snapshot() {
        ensureOpen();
        return GilSnapshotDecoder.take(handle, policy, attached.size());
    }

    /** Threads waiting for the lock right now. */
    public synchronized int waiters() {
        ensureOpen();
        return GilkitNative.Gil.gilkit_gil_waiters(handle);
    }

    /** The C handle, for the binding-level callers below the facade (kernels, tests, tracing). */
    public gilkit_gil nativeHandle() {
        ensureOpen();
        return handle;
    }

    /** The attached threads, in attach order (a snapshot). */
    public synchronized List<GilThread> threads() {
        return new ArrayList<>(attached.values());
    }

    /** Whether {@link GilTrace#enable} was ever called on this lock (so rings may exist). */
    boolean everTraced() {
        return everTraced;
    }

    /** Called by {@link GilTrace#enable} before it creates the rings. */
    void markTraced() {
        everTraced = true;
    }

    int ticksBetweenSlowPaths() {
        return ticksBetweenSlowPaths;
    }

    synchronized void detach(GilThread t, boolean keepForTrace) {
        attached.remove(t.owner());
        if (keepForTrace) retired.add(t);
        finished.addLast(t);
        if (finished.size() > MAX_FINISHED) {
            forgotten = forgotten.plus(finished.removeFirst().lastStats());
            forgottenThreads++;
        }
    }

    /**
     * The exited (closed) threads, oldest first, whose {@link GilThread#lastStats()} are their final
     * counters: at most the last 4096; older ones are summed in {@link #forgottenThreadStats()}.
     * For {@code gilkit run --stats} and {@code gilkit.gil_stats()}, which report threads that
     * already ended.
     */
    public synchronized List<GilThread> finishedThreads() {
        return new ArrayList<>(finished);
    }

    /** The summed final counters of exited threads no longer listed by {@link #finishedThreads()}. */
    public synchronized GilStats forgottenThreadStats() {
        return forgotten;
    }

    /** How many exited threads {@link #forgottenThreadStats()} sums. */
    public synchronized long forgottenThreadCount() {
        return forgottenThreads;
    }

    /** Closed threads whose trace events were not drained yet; removes them from the list. */
    synchronized List<GilThread> takeRetired() {
        List<GilThread> out = new ArrayList<>(retired);
        retired.clear();
        return out;
    }

    void ensureOpen() {
        if (closed) throw new IllegalStateException("gil is closed");
    }
}
