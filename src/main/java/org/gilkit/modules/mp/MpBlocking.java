package org.gilkit.modules.mp;

import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Waits of the multiprocessing primitives: run with the GIL released ({@link ThreadState#blocking});
 * an interrupt of the main thread with SIGINT pending raises KeyboardInterrupt (also how
 * {@code Process.terminate()} stops a forked child), otherwise the wait is retried until its
 * deadline (the same rule as {@code org.gilkit.modules.Blocking}).
 */
final class MpBlocking {
    private MpBlocking() {}

    /** A blocking operation; it must not touch Python objects. */
    @FunctionalInterface
    interface Op<T> {
        T call(long remainingNanos) throws InterruptedException;
    }

    /** Runs {@code op} without the GIL until it returns; {@code deadline} as from {@link #deadline}. */
    static <T> T run(ThreadState ts, long deadline, Op<T> op) {
        if (ts == null) return runUnattached(deadline, op);
        while (true) {
            try {
                return ts.<T, InterruptedException>blocking(() -> op.call(remaining(deadline)));
            } catch (InterruptedException e) {
                deliverInterrupt(ts);
            }
        }
    }

    /** On a thread with no interpreter (the {@link Broker}'s): no GIL to release. */
    private static <T> T runUnattached(long deadline, Op<T> op) {
        try {
            return op.call(remaining(deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while serving a spawned process", e);
        }
    }

    /** The wire form of a deadline: -1 for FOREVER, else the nanoseconds left. */
    static long toWire(long deadline) {
        return deadline == FOREVER ? -1 : remaining(deadline);
    }

    /** A deadline from its wire form. */
    static long fromWire(long nanos) {
        return nanos < 0 ? FOREVER : System.nanoTime() + nanos;
    }

    static void deliverInterrupt(ThreadState ts) {
        java.util.List<ThreadState> all = ts.interp().threads();
        if (ts.interp().interruptPending && !all.isEmpty() && all.get(0) == ts) {
            ts.interp().interruptPending = false;
            throw new PyException(PyBaseException.create(PyExc.KeyboardInterrupt, new PyObject[0]));
        }
    }

    /** FOREVER for None, else now + seconds (negative counts as 0). */
    static long deadline(ThreadState ts, PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) return FOREVER;
        double s = Math.max(0, Ops.toDouble(ts, timeout));
        double ns = s * 1e9;
        if (ns >= Long.MAX_VALUE / 4) return FOREVER;
        return System.nanoTime() + (long) ns;
    }

    /** A deadline that never comes. */
    static final long FOREVER = Long.MIN_VALUE;

    /** Nanoseconds left (Long.MAX_VALUE for FOREVER), at least 0. */
    static long remaining(long deadline) {
        if (deadline == FOREVER) return Long.MAX_VALUE;
        return Math.max(0, deadline - System.nanoTime());
    }
}
