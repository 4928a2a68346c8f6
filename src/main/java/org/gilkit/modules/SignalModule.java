package org.gilkit.modules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySet;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.SignalDelivery;
import org.gilkit.runtime.ThreadState;

/**
 * {@code _signal}, under {@code lib/signal.py}: Python handlers for SIGINT (Ctrl-C), SIGTERM,
 * SIGHUP, SIGUSR1/2 and SIGALRM. The OS handler (sun.misc.Signal; SIGINT's is {@link Signals})
 * only marks the signal pending and wakes the main thread; the handler runs on the main thread
 * with the GIL, at the VM's next check point or out of the blocking call it was in (which is
 * then resumed, as PEP 475 says), through the {@link SignalDelivery} this module installs on the
 * interpreter. SIGINT's default handler is {@code default_int_handler} (KeyboardInterrupt);
 * {@code alarm(n)} is a timer thread that raises SIGALRM.
 */
final class SignalModule implements ModuleDef {
    static final int SIGHUP = 1;
    static final int SIGINT = 2;
    static final int SIGQUIT = 3;
    static final int SIGKILL = 9;
    static final int SIGUSR1 = 10;
    static final int SIGUSR2 = 12;
    static final int SIGPIPE = 13;
    static final int SIGALRM = 14;
    static final int SIGTERM = 15;
    static final int SIGCHLD = 17;
    static final int SIGSTOP = 19;
    static final int NSIG = 65;
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", null, null, null, null, null, "KILL",
        "USR1", null, "USR2", "PIPE", "ALRM", "TERM", null, "CHLD", null, "STOP"};
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", null, null, null, null, null,
        "Killed", "User defined signal 1", null, "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
        null, "Child exited", null, "Stopped (signal)"};

    @Override
    public String name() {
        return "_signal";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_signal", "Python handlers for OS signals.");
        State st = new State(ts.interp());
        for (int i = 1; i < NAMES.length; i++) if (NAMES[i] != null) m.put("SIG" + NAMES[i], PyInt.of(i));
        m.put("NSIG", PyInt.of(NSIG));
        m.put("SIG_DFL", PyInt.of(0));
        m.put("SIG_IGN", PyInt.of(1));
        PyObject dflInt = new PyBuiltinFunction("default_int_handler", (t, s, a, k) -> {
            throw keyboardInterrupt();
        });
        m.put("default_int_handler", dflInt);
        st.handlers.put(SIGINT, dflInt);
        Fn.def(m, "signal", (t, s, a, k) -> st.setHandler(t, a, k));
        Fn.def(m, "getsignal", (t, s, a, k) -> {
            ArgParser.exactlyOne("getsignal", a, k);
            return st.handlers.getOrDefault(signum(t, a[0]), PyInt.of(0));
        });
        Fn.def(m, "raise_signal", (t, s, a, k) -> {
            ArgParser.exactlyOne("raise_signal", a, k);
            st.raise(t, signum(t, a[0]));
            return PyNone.NONE;
        });
        Fn.def(m, "alarm", (t, s, a, k) -> {
            ArgParser.exactlyOne("alarm", a, k);
            return PyInt.of(st.alarm(Ops.index(t, a[0]).asLong()));
        });
        Fn.def(m, "strsignal", (t, s, a, k) -> {
            ArgParser.exactlyOne("strsignal", a, k);
            int n = signum(t, a[0]);
            String d = n < DESCRIPTIONS.length ? DESCRIPTIONS[n] : null;
            return d == null ? new PyStr("Unknown signal " + n) : new PyStr(d);
        });
        Fn.def(m, "valid_signals", (t, s, a, k) -> {
            PySet out = new PySet(false);
            for (int i = 1; i < NSIG; i++) out.add(t, PyInt.of(i));
            return out;
        });
        ts.interp().signalDelivery = st::deliver;
        return m;
    }

    static PyException keyboardInterrupt() {
        return new PyException(PyBaseException.create(PyExc.KeyboardInterrupt, new PyObject[0]));
    }

    private static boolean callable(PyObject o) {
        return o instanceof org.gilkit.runtime.PyType || o instanceof PyBuiltinFunction
                || o.type().lookup("__call__") != null;
    }

    private static int signum(ThreadState ts, PyObject o) {
        long n = Ops.index(ts, o).asLong();
        if (n < 1 || n >= NSIG) throw Errors.valueError("signal number out of range");
        return (int) n;
    }

    /** One interpreter's handlers and pending signals. */
    private static final class State {
        final InterpreterState interp;
        final Map<Integer, PyObject> handlers = new ConcurrentHashMap<>();
        final AtomicLong pending = new AtomicLong();
        private java.util.Timer alarmTimer;
        private long alarmDeadline;

        State(InterpreterState interp) {
            this.interp = interp;
        }

        PyObject setHandler(ThreadState ts, PyObject[] a, String[] k) {
            ArgParser.positional("signal", "signal", a, k, 2, 2);
            int n = signum(ts, a[0]);
            PyObject h = a[1];
            boolean special = h instanceof PyInt;
            if (!special && !callable(h)) {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (!Blocking.isMain(ts)) throw Errors.valueError("signal only works in main thread of the main interpreter");
            if (n == SIGKILL || n == SIGSTOP) throw Errors.osError(22, "Invalid argument", null);
            if (n != SIGINT) route(n);
            PyObject old = handlers.put(n, h);
            return old == null ? PyInt.of(0) : old;
        }

        /** Makes the OS signal {@code n} mark itself pending here (SIGINT is routed by Signals). */
        private void route(int n) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(NAMES[n]), sig -> mark(n));
            } catch (IllegalArgumentException | UnsupportedOperationException | NullPointerException e) {
                // the JVM reserves this signal: the handler is kept, raise_signal still runs it
            }
        }

        void mark(int n) {
            pending.getAndUpdate(b -> b | (1L << n));
            Signals.interrupt(interp);
        }

        void raise(ThreadState ts, int n) {
            pending.getAndUpdate(b -> b | (1L << n));
            interp.interruptPending = false;
            deliver(ts);
        }

        synchronized long alarm(long seconds) {
            long left = 0;
            if (alarmTimer != null) {
                left = Math.max(0, (alarmDeadline - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
                alarmTimer.cancel();
                alarmTimer = null;
            }
            if (seconds > 0) {
                alarmTimer = new java.util.Timer("gilkit-alarm", true);
                alarmDeadline = System.nanoTime() + seconds * 1_000_000_000L;
                alarmTimer.schedule(new java.util.TimerTask() {
                    @Override
                    public void run() {
                        mark(SIGALRM);
                    }
                }, seconds * 1000L);
            }
            return left;
        }

        /** Runs the handlers of the pending signals (a bare interrupt flag means SIGINT). */
        void deliver(ThreadState ts) {
            long bits = pending.getAndSet(0);
            if (bits == 0) bits = 1L << SIGINT;
            for (int n = 1; n < NSIG; n++) {
                if ((bits & (1L << n)) != 0) runHandler(ts, n);
            }
        }

        private void runHandler(ThreadState ts, int n) {
            PyObject h = handlers.getOrDefault(n, PyInt.of(0));
            if (h instanceof PyInt i) {
                if (i.asLong() == 1) return;
                if (n == SIGINT) throw keyboardInterrupt();
                Runtime.getRuntime().halt(128 + n);
            }
            h.call(ts, new PyObject[] {PyInt.of(n), FrameObject.current(ts)}, null);
        }
    }
}
