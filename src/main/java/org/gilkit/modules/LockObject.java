package org.gilkit.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code _thread.lock} (threading.Lock): a non-reentrant lock any thread may release, over a
 * one-permit {@link Semaphore}. {@code acquire(blocking=True, timeout=-1)} first tries without
 * giving up the GIL and otherwise waits with the GIL released ({@link Blocking}), so a thread
 * blocked on a lock never holds the GIL. Texts and argument checks as CPython 3.11.
 */
final class LockObject extends PyObject {
    static final PyType TYPE = PyType.builtin("lock", PyType.OBJECT, false);
    private static final ArgParser ACQUIRE = ArgParser.of("acquire", 0, "blocking", "timeout");
    /** threading.TIMEOUT_MAX: the largest timeout accepted, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static {
        TYPE.define("acquire", PyMethodDescr.withKeywords(TYPE, "acquire", LockObject::acquire));
        TYPE.define("acquire_lock", PyMethodDescr.withKeywords(TYPE, "acquire_lock", LockObject::acquire));
        TYPE.define("__enter__", PyMethodDescr.noArgs(TYPE, "__enter__", (ts, s) -> acquire(ts, s, new PyObject[0], null)));
        TYPE.define("release", PyMethodDescr.noArgs(TYPE, "release", (ts, s) -> ((LockObject) s).release()));
        TYPE.define("release_lock", PyMethodDescr.noArgs(TYPE, "release_lock", (ts, s) -> ((LockObject) s).release()));
        TYPE.define("__exit__", PyMethodDescr.positional(TYPE, "__exit__", 0, 3, (ts, s, a) -> ((LockObject) s).release()));
        TYPE.define("locked", PyMethodDescr.noArgs(TYPE, "locked", (ts, s) -> PyBool.of(((LockObject) s).locked())));
        TYPE.define("locked_lock", PyMethodDescr.noArgs(TYPE, "locked_lock", (ts, s) -> PyBool.of(((LockObject) s).locked())));
        TYPE.define("_at_fork_reinit", PyMethodDescr.noArgs(TYPE, "_at_fork_reinit", (ts, s) -> PyNone.NONE));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) ->
                new PyStr("<" + (((LockObject) s).locked() ? "locked" : "unlocked") + " _thread.lock object at "
                        + Ops.hexId(ts, s) + ">")));
    }

    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean locked() {
        return permit.availablePermits() == 0;
    }

    private static PyObject acquire(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ACQUIRE.parse(args, kw);
        boolean blocking = a[0] == null || Ops.isTrue(ts, a[0]);
        double timeout = a[1] == null ? -1 : timeoutSeconds(ts, a[1]);
        return PyBool.of(((LockObject) self).acquire(ts, blocking, checkTimeout(blocking, timeout)));
    }

    /**
     * acquire()'s {@code timeout} in seconds, converted as CPython's _PyTime_FromSecondsObject
     * does (to int64 nanoseconds): a float (NaN is a ValueError, beyond int64 ns an
     * OverflowError), or an integer through {@code __index__} (so a str is a TypeError, not a
     * parsed number), with CPython's exact messages.
     */
    static double timeoutSeconds(ThreadState ts, PyObject o) {
        if (o instanceof org.gilkit.runtime.PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) throw Errors.valueError("Invalid value NaN (not a number)");
            double ns = d * 1e9;
            if (!(ns >= -0x1p63 && ns < 0x1p63)) throw Errors.overflowError("timestamp out of range for platform time_t");
            return d;
        }
        java.math.BigInteger sec = Ops.index(ts, o).bigValue();
        if (sec.bitLength() > 63 || Math.abs(sec.longValue()) > Long.MAX_VALUE / 1_000_000_000L)
            throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
        return sec.longValue();
    }

    /**
     * Validates acquire()'s timeout as CPython does; returns it (-1 = forever).
     */
    static double checkTimeout(boolean blocking, double timeout) {
        if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be positive");
        if (timeout > TIMEOUT_MAX) throw Errors.overflowError("timeout value is too large");
        return timeout;
    }

    /** Acquires: non-blocking, forever (timeout -1) or up to {@code timeout} seconds. */
    boolean acquire(ThreadState ts, boolean blocking, double timeout) {
        if (permit.tryAcquire()) return true;
        if (!blocking) return false;
        return acquireSlow(ts, permit, timeout);
    }

    /** Waits for one permit of {@code s} with the GIL released. */
    static boolean acquireSlow(ThreadState ts, Semaphore s, double timeout) {
        if (timeout < 0) {
            return Blocking.run(ts, "lock.acquire", () -> {
                s.acquire();
                return true;
            });
        }
        long deadline = Blocking.deadline(timeout);
        return Blocking.run(ts, "lock.acquire", () -> s.tryAcquire(Blocking.remaining(deadline), TimeUnit.NANOSECONDS));
    }

    /** Releases the lock if it is held (no error otherwise): the sentinel's close action, no GIL needed. */
    void releaseIfLocked() {
        synchronized (permit) {
            if (permit.availablePermits() == 0) permit.release();
        }
    }

    PyObject release() {
        synchronized (permit) {
            if (permit.availablePermits() != 0) throw Errors.runtimeError("release unlocked lock");
            permit.release();
        }
        return PyNone.NONE;
    }
}
