package org.gilkit.modules;

import org.gilkit.gil.GilThread;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.Interpreter;
import org.gilkit.vm.TracebackPrinter;

/**
 * {@code _thread.start_new_thread}: runs a Python callable on a new platform thread with its own
 * {@link ThreadState} attached to the interpreter's GIL, holding the GIL while it runs bytecode.
 * The Java thread is a daemon (it never keeps the JVM alive): waiting for non-daemon Python
 * threads at exit is threading._shutdown's job, as in CPython. Platform threads are reused
 * ({@link IdleThreads}): a start is then a hand-over, not a thread creation.
 *
 * <p>An exception escaping the callable (threading catches its own and calls excepthook) is
 * printed as CPython's "Exception ignored in thread started by: ..." with its traceback;
 * SystemExit ends the thread silently.
 */
final class ThreadStarter {
    private ThreadStarter() {}

    /** Starts {@code func(*args, **kwargs)} on a new thread named {@code name}; returns its ident. */
    static long start(ThreadState ts, ThreadModule.Obj module, String name, PyObject func, PyObject args, PyObject kwargs) {
        if (!isCallable(func)) throw Errors.typeError("first arg must be callable");
        if (!(args instanceof PyTuple)) throw Errors.typeError("2nd arg must be a tuple");
        if (kwargs != null && kwargs != PyNone.NONE && !(kwargs instanceof PyDict)) {
            throw Errors.typeError("optional 3rd arg must be a dictionary");
        }
        PyObject[] callArgs = callArgs((PyTuple) args, kwargs instanceof PyDict d ? d : null);
        String[] kwnames = kwnames(kwargs instanceof PyDict d ? d : null);
        InterpreterState interp = ts.interp();
        module.count.incrementAndGet();
        Thread t;
        try {
            t = module.threads.start("gilkit-" + name, () -> body(interp, module, name, func, callArgs, kwnames));
        } catch (OutOfMemoryError e) {
            module.count.decrementAndGet();
            throw Errors.runtimeError("can't start new thread");
        }
        return t.getId();
    }

    private static boolean isCallable(PyObject o) {
        return o instanceof org.gilkit.runtime.PyType || o instanceof org.gilkit.runtime.PyBuiltinFunction
                || o instanceof org.gilkit.runtime.PyMethod || o.type().lookup("__call__") != null;
    }

    private static PyObject[] callArgs(PyTuple args, PyDict kwargs) {
        int n = args.size();
        int k = kwargs == null ? 0 : kwargs.size();
        PyObject[] out = new PyObject[n + k];
        for (int i = 0; i < n; i++) out[i] = args.get(i);
        if (kwargs != null) {
            int i = n;
            for (var e : kwargs.entries()) out[i++] = e.getValue();
        }
        return out;
    }

    private static String[] kwnames(PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) return null;
        String[] names = new String[kwargs.size()];
        int i = 0;
        for (var e : kwargs.entries()) {
            if (!(e.getKey() instanceof PyStr s)) throw Errors.typeError("keywords must be strings");
            names[i++] = s.value();
        }
        return names;
    }

    private static void body(InterpreterState interp, ThreadModule.Obj module, String name, PyObject func,
            PyObject[] args, String[] kwnames) {
        ThreadState ts = interp.attachCurrentThread(name);
        GilThread g = ts.gil();
        try {
            if (g != null) g.acquire();
            if (!module.finalizing) func.call(ts, args, kwnames);
        } catch (PyException e) {
            if (!e.matches(PyExc.SystemExit)) report(ts, func, e);
        } catch (ThreadExit e) {
            // a daemon thread woke up after shutdown: end without running more Python code
        } finally {
            module.count.decrementAndGet();
            ts.exiting(); // releases the _tstate_lock sentinel while still holding the lock, as CPython
            if (g != null && g.holds()) g.release();
            ts.close();
        }
    }

    private static void report(ThreadState ts, PyObject func, PyException e) {
        try {
            String text = "Exception ignored in thread started by: " + Ops.repr(ts, func) + "\n"
                    + TracebackPrinter.format(ts, e.value());
            ts.interp().stderr().writeText(ts, text);
            ts.interp().stderr().flush(ts);
        } catch (PyException ignored) {
            // nothing sensible left to do
        }
    }
}
