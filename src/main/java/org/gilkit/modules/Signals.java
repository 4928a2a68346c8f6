package org.gilkit.modules;

import java.util.List;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.ThreadState;

/**
 * Ctrl-C: a SIGINT handler (sun.misc.Signal, JDK 17's supported-unsupported API) that sets the
 * interpreter's {@code interruptPending} flag and interrupts the main thread's Java thread. The
 * VM raises KeyboardInterrupt at its next check point; a main thread blocked in sleep, join, a
 * lock or a wait is woken by the interrupt and raises it from {@link Blocking}. Installed by
 * {@code gilkit run} (the handler is process-wide: the last interpreter started gets the signal).
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

    /** What SIGINT does: flag the interpreter and wake its main thread. */
    static void interrupt(InterpreterState interp) {
        interp.interruptPending = true;
        List<ThreadState> all = interp.threads();
        if (!all.isEmpty()) all.get(0).thread().interrupt();
    }
}
