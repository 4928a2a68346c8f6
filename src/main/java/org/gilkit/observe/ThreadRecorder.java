package org.gilkit.observe;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the blocking calls of one interpreter thread for a {@link TraceSession}: the
 * interpreter wraps every blocking call (time.sleep, join, a Python lock's acquire, file I/O)
 * in {@link #blockedBegin(String)} / {@link #blockedEnd()}, around its
 * {@code GilThread.releaseForBlocking()} ... {@code acquire()}. The lock's own trace already
 * shows that the thread released "for blocking"; this adds what it blocked on.
 *
 * <p>Cost: when no session is recording ({@link #NOOP}, or after {@link TraceSession#stop()}),
 * each call is one volatile read and a branch. When recording, one {@code System.nanoTime()} per
 * call and one uncontended monitor per finished call: small next to any blocking call.
 *
 * <p>Contract: {@code blockedBegin}/{@code blockedEnd} are called by the thread the recorder
 * belongs to only, in balanced pairs (nesting is allowed; an unmatched end is ignored).
 * Wired in: the runtime's {@code ThreadState.blocking(...)} calls it; {@link TraceSession#recorder}
 * hands it out.
 */
public final class ThreadRecorder {
    /** A recorder that records nothing: what a thread uses when no session traces its lock. */
    public static final ThreadRecorder NOOP = new ThreadRecorder(0);
    static {
        NOOP.active = false;
    }

    private static final int MAX_DEPTH = 16;

    /** Added to System.nanoTime() to get the trace clock (both are CLOCK_MONOTONIC on Linux; this absorbs any offset). */
    private final long clockOffset;
    private final List<BlockedCall> calls = new ArrayList<>(); // guarded by itself
    private volatile boolean active = true;

    // Owner-thread state: plain fields.
    private final long[] openStart = new long[MAX_DEPTH];
    private final String[] openWhat = new String[MAX_DEPTH];
    private int depth;

    ThreadRecorder(long clockOffset) {
        this.clockOffset = clockOffset;
    }

    /** Marks the start of a blocking call named {@code what} ("sleep", "join", ...). */
    public void blockedBegin(String what) {
        if (!active) return;
        if (depth < MAX_DEPTH) {
            openStart[depth] = System.nanoTime() + clockOffset;
            openWhat[depth] = what == null ? "blocked" : what;
        }
        depth++;
    }

    /** Marks the end of the innermost open blocking call. */
    public void blockedEnd() {
        if (!active || depth == 0) return;
        depth--;
        if (depth >= MAX_DEPTH) return; // too deep to have been recorded
        BlockedCall c = new BlockedCall(openWhat[depth], openStart[depth], System.nanoTime() + clockOffset);
        openWhat[depth] = null;
        synchronized (calls) {
            calls.add(c);
        }
    }

    /** Whether calls are being recorded. */
    public boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    /** The finished calls so far, oldest first. */
    List<BlockedCall> calls() {
        synchronized (calls) {
            return new ArrayList<>(calls);
        }
    }
}
