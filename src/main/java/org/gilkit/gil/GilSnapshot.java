package org.gilkit.gil;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The state of one {@link Gil} at one instant, for deadlock diagnosis: who holds the lock and
 * for how long, who waits and for how long, whether a drop request is pending. Taken by
 * {@link Gil#snapshot()} without taking the lock, so it works while the lock is stuck; values
 * come from live threads and may straddle a hand-off by a moment (each value is exact).
 *
 * <p>Wired in: {@code org.gilkit.observe.WatchdogReport} formats it; the interpreter's
 * {@code gilkit run --watchdog=SECONDS} and its SIGQUIT handler print that report.
 *
 * @param policy the lock's policy
 * @param takenAtNanos CLOCK_MONOTONIC ns when taken (the trace clock, {@link GilTrace#nowNanos()})
 * @param switchIntervalNanos the switch interval
 * @param switchCount {@link Gil#switchCount()}
 * @param dropRequested true while a waiter's drop request (the eval breaker) is pending
 * @param waiterCount threads registered as waiting for the lock
 * @param threads every attached thread, by id
 */
public record GilSnapshot(GilPolicy policy, long takenAtNanos, long switchIntervalNanos, long switchCount,
        boolean dropRequested, int waiterCount, List<ThreadInfo> threads) {

    /** What a thread is doing with respect to the lock ({@code GILKIT_TS_*} in gil.h). */
    public enum State {
        /** Attached, neither holding nor waiting (never acquired, or released at a check point). */
        IDLE,
        /** Holds the lock. */
        HOLDING,
        /** Blocked taking the lock. */
        WAITING,
        /** Released it inside a native kernel (GILKIT_BEGIN/END_ALLOW_THREADS). */
        NATIVE,
        /** Released it around a blocking call ({@link GilThread#releaseForBlocking()}). */
        BLOCKING
    }

    /**
     * One attached thread.
     * @param id the thread's id within its lock ({@link GilThread#id()})
     * @param name its name ("gilstate" for a native thread that called gilkit_gilstate_ensure)
     * @param state what it is doing
     * @param nanosInState how long it has been in that state (WAITING: waited so far; HOLDING: held so far)
     * @param cancelRequested its cancel flag ({@link GilThread#setCancel(boolean)})
     * @param acquisitions times it took the lock
     */
    public record ThreadInfo(int id, String name, State state, long nanosInState, boolean cancelRequested,
            long acquisitions) {}

    public GilSnapshot {
        threads = List.copyOf(threads);
    }

    /** The holding thread, if one holds it (never under {@link GilPolicy#OFF}, which has no holder). */
    public Optional<ThreadInfo> holder() {
        return threads.stream().filter(t -> t.state() == State.HOLDING).findFirst();
    }

    /** The waiting threads, the longest wait first. */
    public List<ThreadInfo> waiters() {
        return threads.stream().filter(t -> t.state() == State.WAITING)
                .sorted(Comparator.comparingLong(ThreadInfo::nanosInState).reversed()).toList();
    }

    /** The longest current wait in nanoseconds, 0 if nobody waits (what a watchdog compares). */
    public long longestWaitNanos() {
        return waiters().stream().mapToLong(ThreadInfo::nanosInState).max().orElse(0);
    }
}
