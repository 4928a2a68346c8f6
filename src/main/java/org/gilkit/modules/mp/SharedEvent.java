package org.gilkit.modules.mp;

import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * multiprocessing.Event: a flag shared by the interpreters of the JVM; {@code wait(timeout=None)}
 * blocks with the GIL released until the flag is set and returns the flag.
 */
public final class SharedEvent extends PyObject implements MpShared {
    public static final PyType TYPE = PyType.builtin("_multiprocessing", "Event", new PyType[] {PyType.OBJECT}, false);

    static {
        TYPE.define("is_set", PyMethodDescr.noArgs(TYPE, "is_set", (ts, s) -> PyBool.of(((SharedEvent) s).isSet(ts))));
        TYPE.define("set", PyMethodDescr.noArgs(TYPE, "set", (ts, s) -> ((SharedEvent) s).set(ts, true)));
        TYPE.define("clear", PyMethodDescr.noArgs(TYPE, "clear", (ts, s) -> ((SharedEvent) s).set(ts, false)));
        TYPE.define("wait", PyMethodDescr.positional(TYPE, "wait", 0, 1,
                (ts, s, a) -> PyBool.of(((SharedEvent) s).await(ts, MpBlocking.deadline(ts, a.length > 0 ? a[0] : null)))));
    }

    private boolean flag; // guarded by this
    /** In a spawn child: the parent's event this one stands for. */
    private final Remote remote;

    public SharedEvent() {
        this.remote = null;
    }

    /** A spawn child's proxy for the parent's event {@code remote}. */
    SharedEvent(Remote remote) {
        this.remote = remote;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String kind() {
        return "Event";
    }

    public boolean isSet(ThreadState ts) {
        if (remote != null) return remote.call(ts, Wire.E_IS_SET, out -> { }, in -> in.readBoolean());
        synchronized (this) {
            return flag;
        }
    }

    public PyObject set(ThreadState ts, boolean v) {
        if (remote != null) return remote.call(ts, Wire.E_SET, out -> out.writeBoolean(v), in -> PyNone.NONE);
        synchronized (this) {
            flag = v;
            if (v) notifyAll();
        }
        return PyNone.NONE;
    }

    /** Waits until set or {@code deadline}; returns the flag. */
    public boolean await(ThreadState ts, long deadline) {
        if (remote != null) return remote.call(ts, Wire.E_WAIT, out -> out.writeLong(MpBlocking.toWire(deadline)), in -> in.readBoolean());
        if (isSet(ts)) return true;
        return MpBlocking.run(ts, deadline, left -> {
            synchronized (this) {
                long end = left == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + left;
                while (!flag) {
                    long rest = end == Long.MAX_VALUE ? 0 : end - System.nanoTime();
                    if (end != Long.MAX_VALUE && rest <= 0) break;
                    if (end == Long.MAX_VALUE) wait(); else java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, rest);
                }
                return flag;
            }
        });
    }
}
