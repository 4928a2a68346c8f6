package org.gilkit.modules;

import java.util.List;
import org.gilkit.gil.GilThread;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Ctrl-C: a SIGINT handler (sun.misc.Signal, JDK 17's supported-unsupported API) that tells the
 * interpreter's main thread to raise KeyboardInterrupt, wherever it is:
 * <ul>
 * <li>running bytecode: the {@code interruptPending} flag, read by the VM at its check points;</li>
 * <li>blocked in sleep, join, a lock or a wait: a Java interrupt, which {@link Blocking} turns into
 *     KeyboardInterrupt;</li>
 * <li>inside a long native kernel that released the GIL (hashlib over hundreds of MB, a
 *     gilkit.kernels call): the thread's native cancel flag, which the kernel polls (every few MiB);
 *     the kernel stops and {@link KernelCalls} raises KeyboardInterrupt at the Python call.</li>
 * </ul>
 * {@link #keyboardInterrupt} consumes all three marks at once, under the interpreter's monitor
 * that the handler also sets them under, so one SIGINT is one KeyboardInterrupt: a stale cancel
 * flag would otherwise cancel the next kernel, and a stale pending flag raise a second
 * KeyboardInterrupt in the program's {@code except} block. Installed by {@code gilkit run} (the
 * handler is process-wide: the last interpreter started gets the signal).
 */
public final class Signals {
    private Signals() {}

    /** Routes SIGINT to {@code interp}; does nothing where the JVM cannot handle SIGINT. */
    public static void installSigint(InterpreterState interp) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> interrupt(interp));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform or the JVM reserves it (-Xrs): Ctrl-C keeps its default
        }
    }

    /** What SIGINT (and _thread.interrupt_main) does: mark the main thread in all three ways. */
    static void interrupt(InterpreterState interp) {
        synchronized (interp) {
            List<ThreadState> all = interp.threads();
            interp.interruptPending = true;
            if (all.isEmpty()) return;
            ThreadState main = all.get(0);
            setCancel(main.gil(), true);
            if (main.thread() != Thread.currentThread()) main.thread().interrupt();
        }
    }

    /**
     * The KeyboardInterrupt to raise on {@code ts}, the main thread, with the SIGINT marks
     * cleared (the pending flag, the kernel cancel flag and the thread's Java interrupt).
     */
    public static PyException keyboardInterrupt(ThreadState ts) {
        synchronized (ts.interp()) {
            ts.interp().interruptPending = false;
            setCancel(ts.gil(), false);
            if (ts.thread() == Thread.currentThread()) Thread.interrupted();
        }
        return new PyException(PyBaseException.create(PyExc.KeyboardInterrupt, new PyObject[0]));
    }

    /**
     * What a pending signal does on the main thread {@code ts}: with the marks consumed, the
     * {@code signal} module's handlers run when it was imported (they may raise, or return and
     * let an interrupted blocking call resume); otherwise KeyboardInterrupt is raised.
     */
    public static void deliver(ThreadState ts) {
        PyException ki = keyboardInterrupt(ts);
        org.gilkit.runtime.SignalDelivery handlers = ts.interp().signalDelivery;
        if (handlers == null) throw ki;
        handlers.deliver(ts);
    }

    /** Whether {@code ts} is the interpreter's main thread (the first attached). */
    public static boolean isMain(ThreadState ts) {
        List<ThreadState> all = ts.interp().threads();
        return !all.isEmpty() && all.get(0) == ts;
    }

    private static void setCancel(GilThread g, boolean on) {
        if (g == null) return;
        try {
            g.setCancel(on);
        } catch (IllegalStateException closed) {
            // the thread is detaching: there is no kernel left to cancel
        }
    }
}
