package org.gilkit.modules;

import java.util.concurrent.Semaphore;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code _thread.RLock} (threading.RLock): a reentrant lock owned by the thread that acquired it,
 * with a recursion count; released only by its owner. Besides the public API it has CPython's
 * private {@code _is_owned}, {@code _release_save} and {@code _acquire_restore}, which
 * threading.Condition uses to wait on an RLock held several times. Waiting releases the GIL.
 */
final class RLockObject extends PyObject {
    static final PyType TYPE = PyType.builtin("RLock", PyType.OBJECT, false);
    private static final ArgParser ACQUIRE = ArgParser.of("acquire", 0, "blocking", "timeout");

    static {
        TYPE.defineNew((ts, cls, args, kw) -> new RLockObject());
        TYPE.define("acquire", PyMethodDescr.withKeywords(TYPE, "acquire", RLockObject::acquire));
        TYPE.define("__enter__", PyMethodDescr.noArgs(TYPE, "__enter__", (ts, s) -> acquire(ts, s, new PyObject[0], null)));
        TYPE.define("release", PyMethodDescr.noArgs(TYPE, "release", (ts, s) -> ((RLockObject) s).release()));
        TYPE.define("__exit__", PyMethodDescr.positional(TYPE, "__exit__", 0, 3, (ts, s, a) -> ((RLockObject) s).release()));
        TYPE.define("_is_owned", PyMethodDescr.noArgs(TYPE, "_is_owned", (ts, s) ->
                PyBool.of(((RLockObject) s).owner == ThreadModule.ident() && ((RLockObject) s).count > 0)));
        TYPE.define("_release_save", PyMethodDescr.noArgs(TYPE, "_release_save", (ts, s) -> ((RLockObject) s).releaseSave()));
        TYPE.define("_acquire_restore", PyMethodDescr.oneArg(TYPE, "_acquire_restore", (ts, s, st) ->
                ((RLockObject) s).acquireRestore(ts, st)));
        TYPE.define("_recursion_count", PyMethodDescr.noArgs(TYPE, "_recursion_count", (ts, s) -> {
            RLockObject r = (RLockObject) s;
            return PyInt.of(r.owner == ThreadModule.ident() ? r.count : 0);
        }));
        TYPE.define("_at_fork_reinit", PyMethodDescr.noArgs(TYPE, "_at_fork_reinit", (ts, s) -> PyNone.NONE));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> {
            RLockObject r = (RLockObject) s;
            long o = r.owner;
            return new PyStr("<" + (o != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + o
                    + " count=" + r.count + " at " + Ops.hexId(ts, s) + ">");
        }));
    }

    private final Semaphore permit = new Semaphore(1);
    /** The owner's ident, 0 when free; written by the owner only while it holds {@link #permit}. */
    private volatile long owner;
    private volatile long count;

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject acquire(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ACQUIRE.parse(args, kw);
        boolean blocking = a[0] == null || Ops.isTrue(ts, a[0]);
        double timeout = LockObject.checkTimeout(blocking, a[1] == null ? -1 : LockObject.timeoutSeconds(ts, a[1]));
        return PyBool.of(((RLockObject) self).acquire(ts, blocking, timeout));
    }

    boolean acquire(ThreadState ts, boolean blocking, double timeout) {
        long me = ThreadModule.ident();
        if (owner == me) {
            count++;
            return true;
        }
        boolean got = permit.tryAcquire() || blocking && LockObject.acquireSlow(ts, permit, timeout);
        if (!got) return false;
        owner = me;
        count = 1;
        return true;
    }

    PyObject release() {
        if (owner != ThreadModule.ident() || count == 0) throw Errors.runtimeError("cannot release un-acquired lock");
        if (--count == 0) {
            owner = 0;
            permit.release();
        }
        return PyNone.NONE;
    }

    /** Fully releases (whatever the count) and returns (count, owner) for {@link #acquireRestore}. */
    private PyObject releaseSave() {
        if (count == 0) throw Errors.runtimeError("cannot release un-acquired lock");
        PyTuple state = PyTuple.of(PyInt.of(count), PyInt.of(owner));
        count = 0;
        owner = 0;
        permit.release();
        return state;
    }

    private PyObject acquireRestore(ThreadState ts, PyObject state) {
        if (!permit.tryAcquire()) LockObject.acquireSlow(ts, permit, -1);
        PyTuple t = (PyTuple) state;
        owner = Ops.index(ts, t.get(1)).asLong();
        count = Ops.index(ts, t.get(0)).asLong();
        return PyNone.NONE;
    }
}
