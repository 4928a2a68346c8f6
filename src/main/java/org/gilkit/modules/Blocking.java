package org.gilkit.modules;

import org.gilkit.runtime.ThreadState;

/**
 * Runs a blocking Java operation with the GIL released ({@link ThreadState#blocking}) and
 * handles what can happen meanwhile:
 * <ul>
 * <li>an interrupt (the SIGINT handler interrupts the main thread): KeyboardInterrupt is raised
 *     on the main thread when {@code interruptPending} is set; otherwise the operation is retried
 *     (operations compute their remaining time from a deadline, so a retry waits no longer);</li>
 * <li>interpreter shutdown: a daemon thread that wakes up after the main thread finished
 *     ({@link ThreadModule#isFinalizing}) never runs Python code again: it unwinds with
 *     {@link ThreadExit}, which the thread bootstrap swallows (CPython exits such threads when they
 *     try to take the GIL back).</li>
 * </ul>
 * Used by time.sleep and every lock/wait primitive of {@code _thread}.
 */
final class Blocking {
    private Blocking() {}

    /** A blocking operation; it must not touch Python objects. */
    @FunctionalInterface
    interface Op<T> {
        T call() throws InterruptedException;
    }

    /**
     * Runs {@code op} without the GIL; see the class comment. {@code what} names the call in
     * traces ("sleep", "lock.acquire"; see {@link ThreadState#blocking(String, ThreadState.BlockingCall)}).
     */
    static <T> T run(ThreadState ts, String what, Op<T> op) {
        try {
            while (true) {
                try {
                    return ts.<T, InterruptedException>blocking(what, op::call);
                } catch (InterruptedException e) {
                    deliverInterrupt(ts);
                }
            }
        } finally {
            if (!isMain(ts) && ThreadModule.isFinalizing(ts)) throw new ThreadExit();
        }
    }

    /** Raises KeyboardInterrupt on the main thread if SIGINT is pending. */
    static void deliverInterrupt(ThreadState ts) {
        if (ts.interp().interruptPending && isMain(ts)) Signals.deliver(ts);
    }

    /** Whether {@code ts} is the interpreter's main thread (the first attached). */
    static boolean isMain(ThreadState ts) {
        return Signals.isMain(ts);
    }

    /** Nanoseconds left until {@code deadline} (System.nanoTime based), at least 0. */
    static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** A deadline {@code seconds} from now, saturating for huge values. */
    static long deadline(double seconds) {
        double ns = seconds * 1e9;
        long now = System.nanoTime();
        if (ns >= Long.MAX_VALUE / 2) return now + Long.MAX_VALUE / 2;
        return now + (long) ns;
    }
}
