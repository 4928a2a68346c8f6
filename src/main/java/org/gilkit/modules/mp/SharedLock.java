package org.gilkit.modules.mp;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * multiprocessing's Lock, RLock, Semaphore and BoundedSemaphore: a counting semaphore shared by
 * every interpreter of the JVM (fork children get the same object), so a lock taken in one
 * process excludes the others. The owner of an RLock is the Java thread, which is one Python
 * thread of one process. {@code acquire(block=True, timeout=None)} waits with the GIL released.
 * Errors as CPython's {@code multiprocessing.synchronize}.
 */
public final class SharedLock extends PyObject implements MpShared {
    public static final PyType TYPE = PyType.builtin("_multiprocessing", "SemLock", new PyType[] {PyType.OBJECT}, false);
    private static final ArgParser ACQUIRE = ArgParser.of("acquire", 0, "block", "timeout");

    static {
        TYPE.define("acquire", PyMethodDescr.withKeywords(TYPE, "acquire", SharedLock::acquire));
        TYPE.define("__enter__", PyMethodDescr.noArgs(TYPE, "__enter__",
                (ts, s) -> PyBool.of(((SharedLock) s).acquire(ts, MpBlocking.FOREVER, true))));
        TYPE.define("release", PyMethodDescr.noArgs(TYPE, "release", (ts, s) -> ((SharedLock) s).release(ts)));
        TYPE.define("__exit__", PyMethodDescr.positional(TYPE, "__exit__", 0, 3, (ts, s, a) -> ((SharedLock) s).release(ts)));
        TYPE.define("get_value", PyMethodDescr.noArgs(TYPE, "get_value", (ts, s) -> PyInt.of(((SharedLock) s).value(ts))));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((SharedLock) s).repr())));
    }

    private final String kind;
    private final Semaphore permits;
    private final int max;
    /** In a spawn child: the parent's lock this one stands for (then permits is unused). */
    private final Remote remote;
    /** RLock only: the owning thread and its recursion count (guarded by this). */
    private Thread owner;
    private int count;

    public SharedLock(String kind, int value) {
        if (value < 0) throw Errors.valueError("semaphore initial value must be >= 0");
        this.kind = kind;
        this.permits = new Semaphore(value, true);
        this.max = kind.equals("Semaphore") ? Integer.MAX_VALUE : value;
        this.remote = null;
    }

    /** A spawn child's proxy for the parent's lock {@code remote}. */
    SharedLock(String kind, Remote remote) {
        this.kind = kind;
        this.permits = new Semaphore(0);
        this.max = 0;
        this.remote = remote;
    }

    /** The permits left (Semaphore.get_value()). */
    public int value(ThreadState ts) {
        if (remote != null) return remote.call(ts, Wire.L_VALUE, out -> { }, in -> in.readInt());
        return permits.availablePermits();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String kind() {
        return kind;
    }

    private boolean recursive() {
        return kind.equals("RLock");
    }

    private static PyObject acquire(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ACQUIRE.parse(args, kw);
        boolean block = a[0] == null || Ops.isTrue(ts, a[0]);
        long deadline = block ? MpBlocking.deadline(ts, a[1]) : System.nanoTime();
        return PyBool.of(((SharedLock) self).acquire(ts, deadline, block));
    }

    /** Takes one permit (or re-enters an owned RLock); false if {@code deadline} passed first. */
    public boolean acquire(ThreadState ts, long deadline, boolean block) {
        if (remote != null) {
            return remote.call(ts, Wire.L_ACQUIRE, out -> {
                out.writeBoolean(block);
                out.writeLong(MpBlocking.toWire(deadline));
            }, in -> in.readBoolean());
        }
        Thread me = Thread.currentThread();
        if (recursive()) {
            synchronized (this) {
                if (owner == me) {
                    count++;
                    return true;
                }
            }
        }
        boolean got = permits.tryAcquire()
                || (block && MpBlocking.run(ts, deadline, left -> permits.tryAcquire(left, TimeUnit.NANOSECONDS)));
        if (got && recursive()) {
            synchronized (this) {
                owner = me;
                count = 1;
            }
        }
        return got;
    }

    /** Gives a permit back (leaves an RLock level). */
    public PyObject release(ThreadState ts) {
        if (remote != null) return remote.call(ts, Wire.L_RELEASE, out -> { }, in -> PyNone.NONE);
        if (recursive()) return releaseRecursive();
        synchronized (this) {
            if (permits.availablePermits() >= max) {
                throw Errors.valueError(kind.equals("BoundedSemaphore") || kind.equals("Lock")
                        ? "semaphore or lock released too many times" : "semaphore or lock released too many times");
            }
            permits.release();
        }
        return PyNone.NONE;
    }

    private synchronized PyObject releaseRecursive() {
        if (owner != Thread.currentThread()) {
            throw Errors.of(PyExc.AssertionError, "attempt to release recursive lock not owned by thread");
        }
        if (--count == 0) {
            owner = null;
            permits.release();
        }
        return PyNone.NONE;
    }

    private String repr() {
        if (remote != null) return "<" + kind + " of the parent process>";
        if (recursive()) {
            synchronized (this) {
                return "<RLock(" + (owner == null ? "None" : owner.getName()) + ", " + count + ")>";
            }
        }
        if (kind.equals("Lock")) {
            return "<Lock(owner=" + (permits.availablePermits() == 0 ? "SomeOtherProcess" : "None") + ")>";
        }
        return "<" + kind + "(value=" + permits.availablePermits() + (kind.equals("Semaphore") ? "" : ", maxvalue=" + max) + ")>";
    }
}
