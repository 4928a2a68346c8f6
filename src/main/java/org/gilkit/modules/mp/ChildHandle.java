package org.gilkit.modules.mp;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The parent's view of one child process (CPython's {@code Popen} objects): {@code pid},
 * {@code poll()} (the exit code or None), {@code wait(timeout=None)} (with the GIL released),
 * {@code terminate()} and {@code kill()}. Exit codes follow CPython: 0, 1 after an uncaught
 * exception, the SystemExit code, -15 after terminate(), -9 after kill().
 * {@link ForkedChild} and {@link SpawnedChild} implement it.
 */
public abstract class ChildHandle extends PyObject {
    public static final PyType TYPE = PyType.builtin("_multiprocessing", "Popen", new PyType[] {PyType.OBJECT}, false);
    private static final ArgParser WAIT = ArgParser.of("wait", 0, "timeout");

    static {
        TYPE.define("poll", PyMethodDescr.noArgs(TYPE, "poll", (ts, s) -> code(((ChildHandle) s).exitcode())));
        TYPE.define("wait", PyMethodDescr.withKeywords(TYPE, "wait", (ts, s, a, k) -> {
            PyObject[] p = WAIT.parse(a, k);
            return code(((ChildHandle) s).await(ts, MpBlocking.deadline(ts, p[0])));
        }));
        TYPE.define("terminate", PyMethodDescr.noArgs(TYPE, "terminate", (ts, s) -> ((ChildHandle) s).stop(-15)));
        TYPE.define("kill", PyMethodDescr.noArgs(TYPE, "kill", (ts, s) -> ((ChildHandle) s).stop(-9)));
        TYPE.define("pid", new org.gilkit.runtime.PyGetSet(TYPE, "pid", (ts, s) -> PyInt.of(((ChildHandle) s).pid()), null));
    }

    private static PyObject code(Integer c) {
        return c == null ? PyNone.NONE : PyInt.of(c);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The child's process id (forked children get distinct ids above the JVM's own pid). */
    public abstract long pid();

    /** The exit code, or null while the child runs. */
    public abstract Integer exitcode();

    /** Waits until the child ended or {@code deadline}; returns the exit code or null. */
    public abstract Integer await(ThreadState ts, long deadline);

    /** Stops the child; it ends with {@code code} (-15 terminate, -9 kill) unless it had ended. */
    public abstract PyObject stop(int code);
}
