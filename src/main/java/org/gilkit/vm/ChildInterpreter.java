package org.gilkit.vm;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * A second, isolated interpreter in the same JVM (its own {@link InterpreterState}, its own
 * {@link Gil}, its own modules), as multiprocessing's fork start method needs
 * ({@code org.gilkit.modules.mp}). {@link #create} makes it with the parent's lock policy and
 * switch interval, an empty stdin (CPython's child reads /dev/null) and the given output streams;
 * {@link #start} runs a body on a new "MainThread" holding the child's lock, then waits for the
 * child's non-daemon threads, flushes, detaches and closes the lock, and reports the exit status
 * ({@link HardExit}, os._exit, skips the wait).
 * Added for multiprocessing (issue 9).
 */
public final class ChildInterpreter {
    private ChildInterpreter() {}

    /**
     * A new interpreter shaped like {@code parent}: same GIL policy and switch interval; sys.path
     * and sys.argv are copies of the parent's (as strings) at this moment.
     */
    public static InterpreterState create(InterpreterState parent, OutputStream out, OutputStream err) {
        Gil pg = parent.gil();
        Interpreter.Options o = new Interpreter.Options(pg.policy(), pg.switchIntervalNanos(),
                new ByteArrayInputStream(new byte[0]), out, err);
        InterpreterState child = Interpreter.newInterpreter(o, ".", List.of(""));
        child.setArgv(stringsOf(parent.argv()));
        PyObject path = parent.sysDict().getStr("path");
        if (path instanceof PyList l) child.sysDict().putStr("path", stringsOf(l));
        Importer.of(child).sources().copyFrom(Importer.of(parent).sources());
        return child;
    }

    /**
     * A new interpreter of a spawned JVM (multiprocessing's spawn start method): the given GIL
     * policy and switch interval, an empty stdin, the given streams, sys.argv and sys.path as
     * given, SIGINT routed to it.
     */
    public static InterpreterState createStandalone(GilPolicy policy, long switchNanos, OutputStream out,
            OutputStream err, List<String> argv, List<String> path) {
        Interpreter.Options o = new Interpreter.Options(policy, switchNanos, new ByteArrayInputStream(new byte[0]), out, err);
        InterpreterState interp = Interpreter.newInterpreter(o, ".", argv);
        PyList p = new PyList();
        for (String s : path) p.append(new org.gilkit.runtime.PyStr(s));
        interp.sysDict().putStr("path", p);
        org.gilkit.modules.Signals.installSigint(interp);
        return interp;
    }

    /**
     * Runs the program file {@code path} as module {@code name} (spawn children import the main
     * script as {@code __mp_main__}) and registers it as sys.modules['__main__'] too, as CPython's
     * spawn does. @throws PyException if the module body raises
     */
    public static PyObject runMainAs(ThreadState ts, String path, String name) {
        String source;
        try {
            source = java.nio.file.Files.readString(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            throw org.gilkit.runtime.Errors.osError(2, "No such file or directory", path);
        }
        PyObject m = Importer.of(ts).execSource(ts, name, path, source, null);
        ts.interp().sysModules().put(new org.gilkit.runtime.PyStr("__main__"), m);
        return m;
    }

    private static PyList stringsOf(PyList l) {
        PyList out = new PyList();
        for (PyObject o : l.toArray()) {
            if (o instanceof org.gilkit.runtime.PyStr s) out.append(new org.gilkit.runtime.PyStr(s.value()));
        }
        return out;
    }

    /**
     * Starts the child's main thread (a daemon platform thread with a Python-sized stack): it
     * attaches as "MainThread", takes the child's GIL and runs {@code body}, whose result is the
     * exit status; an exception escaping it is printed as CPython prints an uncaught one. Then
     * threading._shutdown runs (non-daemon threads of the child), the streams are flushed, the lock
     * is released and closed, and {@code onExit} receives the status.
     */
    public static Thread start(InterpreterState child, String javaName, ToIntFunction<ThreadState> body,
            IntConsumer onExit) {
        Thread t = new Thread(null, () -> onExit.accept(runMain(child, body)), javaName, Interpreter.STACK_BYTES);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static int runMain(InterpreterState child, ToIntFunction<ThreadState> body) {
        int rc = 1;
        try {
            ThreadState ts = child.attachCurrentThread("MainThread");
            GilThread g = ts.gil();
            try {
                if (g != null) g.acquire();
                try {
                    rc = runBody(ts, body);
                    rc = shutdownThreads(ts, rc);
                } catch (HardExit e) {
                    rc = e.code();
                }
            } finally {
                child.flushStandardStreams();
                if (g != null && g.holds()) g.release();
                ts.close();
            }
        } finally {
            Interpreter.closeQuietly(child.gil());
        }
        return rc;
    }

    private static int runBody(ThreadState ts, ToIntFunction<ThreadState> body) {
        try {
            return body.applyAsInt(ts);
        } catch (PyException e) {
            return Interpreter.uncaught(ts, e.value());
        }
    }

    /**
     * os._exit(code) on a child's main thread: unwinds it past every Python handler (an Error,
     * so neither {@code except} nor {@code finally} runs, as a process that exits at once) and
     * ends the child with {@code code} without waiting for its other threads.
     */
    public static final class HardExit extends Error {
        private static final long serialVersionUID = 1L;
        private final int code;

        public HardExit(int code) {
            super(null, null, false, false);
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private static int shutdownThreads(ThreadState ts, int rc) {
        PyObject threading = ts.interp().sysModules().getStr("threading");
        if (threading == null) return rc;
        try {
            PyObject f = Ops.getattrOrNull(ts, threading, "_shutdown");
            if (f != null) f.call(ts, new PyObject[0], null);
        } catch (PyException e) {
            return Interpreter.uncaught(ts, e.value());
        }
        return rc;
    }

    /** The CPython-format traceback of {@code exc} (for "Process Process-1:" reports). */
    public static String traceback(ThreadState ts, PyBaseException exc) {
        return TracebackPrinter.format(ts, exc);
    }
}
