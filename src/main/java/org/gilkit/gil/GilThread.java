package org.gilkit.gil;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.gilkit_tstate;

/**
 * One interpreter thread's hold on a {@link Gil}: the Java face of a C {@code gilkit_tstate}.
 * Created by {@link Gil#attachCurrentThread(String)} on its owner thread, which alone may take,
 * drop and check the lock through it.
 *
 * <p>Contract: misuse (acquire while holding, release while not holding, a call from a thread
 * other than the owner, use after {@link #close()}) is an {@link IllegalStateException} thrown
 * here, before C is called. {@link #stats()}, {@link #setCancel(boolean)}, {@link #name()} and
 * {@link #gil()} may be called from any thread.
 *
 * <p>Wired in: the VM's {@code ThreadState} owns one; it calls {@link #checkpoint()} at every
 * backward jump and function entry, {@link #releaseForBlocking()}/{@link #acquire()} around
 * {@code time.sleep}, {@code join} and I/O.
 */
public final class GilThread implements AutoCloseable {
    private static final int SWITCH = 0;
    private static final int BLOCKING = 1;

    private final Gil gil;
    private final String name;
    private final Thread owner;
    /** Guards {@link #ts} against close() racing a stats/trace/cancel call from another thread. */
    private final Object nativeLock = new Object();
    private final int id; // the C tstate's id within its lock; immutable
    private gilkit_tstate ts; // null after close; guarded by nativeLock for non-owner readers

    // Owner-thread state: plain fields, read and written only by the owner.
    /** Address of the C eval-breaker word ({@link BreakerWord}); {@link BreakerWord#CLOSED} after close. */
    private long breaker;
    private int ticks;
    private boolean holds;
    private boolean closed;
    private List<GilEvent> eventsAtClose = List.of(); // guarded by nativeLock
    private long droppedAtClose; // trace events the ring dropped, frozen at close; guarded by nativeLock
    private GilStats statsAtClose; // the counters frozen at close; guarded by nativeLock

    GilThread(Gil gil, String name, Thread owner, gilkit_tstate ts, ByteBuffer breaker) {
        this.id = GilkitNative.Trace.gilkit_tstate_id(ts);
        this.gil = gil;
        this.name = name;
        this.owner = owner;
        this.ts = ts;
        this.breaker = BreakerWord.addressOf(breaker);
        this.ticks = gil.ticksBetweenSlowPaths();
    }

    /** Takes the lock, waiting as the policy says. @throws IllegalStateException if already held */
    public void acquire() {
        checkOwner("acquire");
        if (holds) throw new IllegalStateException("thread '" + name + "' already holds the GIL (acquire twice)");
        GilErrors.check(GilkitNative.Gil.gilkit_gil_acquire(ts), "GilThread.acquire");
        holds = true;
    }

    /** Drops the lock to let others run (statistics reason SWITCH). */
    public void release() {
        releaseFor(SWITCH, "release");
    }

    /**
     * Drops the lock around a blocking call (sleep, join, I/O); pair with {@link #acquire()}. The
     * time until the next acquire is counted as {@link GilStats#blockingNanos()}.
     */
    public void releaseForBlocking() {
        releaseFor(BLOCKING, "releaseForBlocking");
    }

    private void releaseFor(int reason, String what) {
        checkOwner(what);
        if (!holds) throw new IllegalStateException("thread '" + name + "' does not hold the GIL (" + what + ")");
        GilErrors.check(GilkitNative.Gil.gilkit_gil_release(ts, reason), "GilThread." + what);
        holds = false;
    }

    /** Whether this thread holds the lock; exact on the owner thread, a snapshot from others. */
    public boolean holds() {
        if (Thread.currentThread() == owner) return holds;
        synchronized (nativeLock) {
            return ts != null && GilkitNative.Gil.gilkit_tstate_holds(ts) == 1;
        }
    }

    /**
     * The VM's check point, at every backward jump and function entry. The fast path is one
     * decrement, one acquire-load of the C eval-breaker word at its raw address
     * ({@link BreakerWord}) and ONE branch: no JNI call, so the JIT compiles it to a handful of instructions.
     * The slow path runs when the countdown expires (every N ticks under {@link GilPolicy#LEGACY},
     * every {@code Gil.PROFILE_TICKS} otherwise) or the breaker is set. The two conditions are
     * folded into one sign test on purpose: with {@code --ticks <= 0 || breaker != 0} the second
     * branch is never taken before the first
     * contended switch, so C2 turns it into an uncommon trap and the first drop request
     * deoptimizes the eval loop (see {@code Gil.PROFILE_TICKS}); the folded branch is taken by the
     * periodic visits, so its profile is never empty. {@code b | -b} is negative for every
     * non-zero b. The fast path checks nothing else: misuse is caught on the slow path.
     */
    public void checkpoint() {
        int b = BreakerWord.read(breaker);
        if ((--ticks | b | -b) <= 0) checkpointSlow(b);
    }

    private void checkpointSlow(int b) {
        checkOwner("checkpoint");
        if (!holds) throw new IllegalStateException("thread '" + name + "' reached a check point without holding the GIL");
        boolean due = ticks <= 0;
        ticks = gil.ticksBetweenSlowPaths();
        // Only a set breaker, or LEGACY's countdown, needs C: a periodic visit under the other
        // policies is there for the JIT's profile and ends here.
        if (b != 0 || (due && gil.policy() == GilPolicy.LEGACY)) {
            GilErrors.check(GilkitNative.Gil.gilkit_gil_checkpoint(ts), "GilThread.checkpoint");
        }
    }

    /** A snapshot of this thread's counters (any thread may ask). @throws IllegalStateException after close */
    public GilStats stats() {
        synchronized (nativeLock) {
            if (ts == null) throw new IllegalStateException("thread '" + name + "' is closed");
            return nativeStats();
        }
    }

    /**
     * Like {@link #stats()}, but after close the counters as they were at close instead of an
     * exception: for reports that include threads that already ended ({@link Gil#finishedThreads()}).
     */
    public GilStats lastStats() {
        synchronized (nativeLock) {
            return ts == null ? statsAtClose : nativeStats();
        }
    }

    /** Called with nativeLock held and ts alive. */
    private GilStats nativeStats() {
        long[] s = new long[GilStats.COUNT];
        GilErrors.check(GilkitNative.Gil.gilkit_tstate_stats(ts, s, s.length), "GilThread.stats");
        return GilStats.of(s);
    }

    /** Sets or clears the cancel flag that long native kernels poll (any thread may call this). */
    public void setCancel(boolean c) {
        synchronized (nativeLock) {
            if (ts == null) throw new IllegalStateException("thread '" + name + "' is closed");
            GilkitNative.Gil.gilkit_tstate_set_cancel(ts, c ? 1 : 0);
        }
    }

    public Gil gil() {
        return gil;
    }

    /** This thread's id within its lock, as in {@link GilSnapshot.ThreadInfo#id()} and trace events. */
    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    Thread owner() {
        return owner;
    }

    /** The Java thread that attached this state (for traces: its name and id). */
    public Thread ownerThread() {
        return owner;
    }

    /**
     * Detaches the thread: releases the lock if still held, keeps undrained trace events for
     * {@link GilTrace}, and destroys the C thread state. Owner thread only. Idempotent.
     */
    @Override
    public void close() {
        if (closed) return;
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("thread state '" + name + "' may only be closed by its owner thread "
                    + owner.getName() + ", not " + Thread.currentThread().getName());
        }
        if (holds) release();
        boolean keep;
        synchronized (nativeLock) {
            // A lock that was never traced has no rings: skip the drain, whose 96 KB native buffer
            // (malloc, page faults, JavaCPP deallocator) was 6 % of a thread's start+join (issue 5).
            boolean traced = gil.everTraced();
            eventsAtClose = traced ? GilTrace.drainNative(this, ts) : new ArrayList<>();
            // The C THREAD_EXIT event lands in a ring that destroy frees: record the exit here instead.
            if (traced && GilTrace.isEnabled(gil)) {
                eventsAtClose.add(new GilEvent(name, GilTrace.nowNanos(), GilEventType.THREAD_EXIT,
                        GilkitNative.Trace.gilkit_tstate_id(ts), 0));
            }
            keep = !eventsAtClose.isEmpty();
            droppedAtClose = GilkitNative.Trace.gilkit_trace_dropped(ts);
            statsAtClose = nativeStats();
            GilErrors.check(GilkitNative.Gil.gilkit_tstate_destroy(ts), "GilThread.close");
            ts = null;
        }
        closed = true;
        breaker = BreakerWord.CLOSED;
        gil.detach(this, keep);
    }

    /** Drains this thread's trace ring (any thread; serialized with close). */
    List<GilEvent> drainTrace() {
        synchronized (nativeLock) {
            if (ts == null) {
                List<GilEvent> out = eventsAtClose;
                eventsAtClose = List.of();
                return out;
            }
            List<GilEvent> out = new ArrayList<>(eventsAtClose);
            out.addAll(GilTrace.drainNative(this, ts));
            eventsAtClose = List.of();
            return out;
        }
    }

    /** See {@link GilTrace#drainInto}: events kept at close first, then the ring's. */
    int drainTraceInto(java.nio.LongBuffer dest) {
        synchronized (nativeLock) {
            int moved = 0;
            int fromClose = Math.min(eventsAtClose.size(), dest.remaining() / GilTrace.LONGS_PER_EVENT);
            if (fromClose > 0) {
                dest.put(GilTrace.pack(eventsAtClose.subList(0, fromClose)));
                eventsAtClose = new ArrayList<>(eventsAtClose.subList(fromClose, eventsAtClose.size()));
                moved = fromClose;
            }
            if (ts != null && eventsAtClose.isEmpty()) moved += GilTrace.drainNativeInto(ts, dest);
            return moved;
        }
    }

    long droppedTraceEvents() {
        synchronized (nativeLock) {
            return ts == null ? droppedAtClose : GilkitNative.Trace.gilkit_trace_dropped(ts);
        }
    }

    private void checkOwner(String what) {
        if (closed) throw new IllegalStateException("thread '" + name + "' is closed (" + what + ")");
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("GilThread '" + name + "' used from thread '"
                    + Thread.currentThread().getName() + "' but it belongs to thread '" + owner.getName()
                    + "' (" + what + ")");
        }
    }

    @Override
    public String toString() {
        return "GilThread[" + name + (closed ? ", closed" : "") + "]";
    }
}
