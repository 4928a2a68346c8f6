package org.gilkit.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.TracebackPrinter;

/**
 * The {@code _thread} module: the primitives threading.py is written on. start_new_thread (real
 * platform threads, see {@link ThreadStarter}), allocate_lock / LockType ({@link LockObject}),
 * RLock ({@link RLockObject}), get_ident (the Java thread id), get_native_id (the Linux thread
 * id), _count, TIMEOUT_MAX, error (RuntimeError), interrupt_main, stack_size; plus gilkit's
 * private helpers for threading.py: {@code _start_named(name, f, args, kwargs)} (so the lock's
 * statistics and traces show the Python thread name), {@code _set_finalizing()} (called by
 * threading._shutdown: daemon threads that wake up afterwards end) and
 * {@code _format_exception(exc)} (the CPython traceback text, for threading.excepthook).
 */
final class ThreadModule implements ModuleDef {
    private static final ArgParser START = ArgParser.of("start_new_thread", 2, "function", "args", "kwargs");

    /** The module object with its per-interpreter state. */
    static final class Obj extends PyModule {
        /** Threads started by start_new_thread and not yet finished. */
        final AtomicInteger count = new AtomicInteger();
        /** Set at interpreter shutdown (after non-daemon threads were joined). */
        volatile boolean finalizing;
        /** The platform threads Python threads run on, kept 2 s after their last run. */
        final IdleThreads threads = new IdleThreads(org.gilkit.vm.Interpreter.STACK_BYTES, 2_000_000_000L);

        Obj() {
            super("_thread");
        }
    }

    @Override
    public String name() {
        return "_thread";
    }

    /** The calling thread's ident (threading.get_ident()). */
    static long ident() {
        return Thread.currentThread().getId();
    }

    /** Whether the interpreter of {@code ts} is shutting down (see {@link Blocking}). */
    static boolean isFinalizing(ThreadState ts) {
        return ts.interp().sysModules().getStr("_thread") instanceof Obj m && m.finalizing;
    }

    @Override
    public PyModule create(ThreadState ts) {
        Obj m = new Obj();
        m.put("__doc__", new PyStr("This module provides primitive operations to write multi-threaded programs.\n"
                + "The 'threading' module provides a more convenient interface."));
        m.put("LockType", LockObject.TYPE);
        m.put("lock", LockObject.TYPE);
        m.put("RLock", RLockObject.TYPE);
        m.put("error", PyExc.RuntimeError);
        m.put("TIMEOUT_MAX", new PyFloat(LockObject.TIMEOUT_MAX));
        Fn.def(m, "allocate_lock", (t, s, a, k) -> new LockObject());
        Fn.def(m, "allocate", (t, s, a, k) -> new LockObject());
        Fn.def(m, "get_ident", (t, s, a, k) -> PyInt.of(ident()));
        Fn.def(m, "get_native_id", (t, s, a, k) -> PyInt.of(nativeId()));
        Fn.def(m, "_local_dicts", (t, s, a, k) -> {
            if (t.localDicts == null) t.localDicts = new org.gilkit.runtime.PyDict();
            return t.localDicts;
        });
        Fn.def(m, "_count", (t, s, a, k) -> PyInt.of(m.count.get()));
        Fn.def(m, "daemon_threads_allowed", (t, s, a, k) -> PyBool.TRUE);
        Fn.def(m, "stack_size", (t, s, a, k) -> PyInt.of(0));
        Fn.def(m, "start_new_thread", (t, s, a, k) -> start(t, m, null, a, k));
        Fn.def(m, "start_new", (t, s, a, k) -> start(t, m, null, a, k));
        Fn.def(m, "_start_named", (t, s, a, k) -> {
            if (a.length < 1 || !(a[0] instanceof PyStr n)) throw Errors.typeError("_start_named(name, function, args, kwargs)");
            return start(t, m, n.value(), java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
        Fn.def(m, "_set_sentinel", (t, s, a, k) -> {
            ArgParser.noArgs("_thread._set_sentinel", a, k);
            LockObject sentinel = new LockObject(); // threading acquires it; closing the thread state releases it
            t.onExit(sentinel::releaseIfLocked);
            return sentinel;
        });
        Fn.def(m, "_set_finalizing", (t, s, a, k) -> {
            m.finalizing = true;
            return PyNone.NONE;
        });
        Fn.def(m, "_format_exception", (t, s, a, k) -> {
            ArgParser.exactlyOne("_format_exception", a, k);
            if (!(a[0] instanceof PyBaseException e)) throw Errors.typeError("_format_exception() needs an exception");
            return new PyStr(TracebackPrinter.format(t, e));
        });
        Fn.def(m, "interrupt_main", (t, s, a, k) -> {
            Signals.interrupt(t.interp());
            return PyNone.NONE;
        });
        return m;
    }

    private static PyObject start(ThreadState ts, Obj m, String name, PyObject[] args, String[] kw) {
        PyObject[] a = START.parse(args, kw);
        String n = name != null ? name : "Dummy-" + (m.count.get() + 1);
        return PyInt.of(ThreadStarter.start(ts, m, n, a[0], a[1], a[2]));
    }

    /** The Linux thread id (from /proc/thread-self), or the Java id where that is not available. */
    static long nativeId() {
        try {
            Path p = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(p.getFileName().toString());
        } catch (Exception e) {
            return ident();
        }
    }

}
