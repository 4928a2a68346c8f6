package org.gilkit.diagnose;

import java.io.PrintStream;
import org.gilkit.runtime.InterpreterState;

/**
 * {@code kill -USR1 PID} prints a {@link ThreadDump} of the running program to stderr and lets it
 * continue (CPython's {@code faulthandler.register(signal.SIGUSR1)}).
 *
 * <p>Why SIGUSR1 and not SIGQUIT: HotSpot owns SIGQUIT ({@code kill -3} prints the JVM's Java
 * thread dump to stdout) and refuses to let a program handle it ("Signal already used by VM or
 * OS"), and its dump shows Java frames, not Python ones. {@code kill -3} still works as usual;
 * {@code kill -USR1} adds the Python view. Not SIGUSR2 either: HotSpot on Linux suspends threads
 * with SIGUSR2 (its SR signal, e.g. for every JFR execution sample), and although it lets a
 * program register a handler, that handler then runs on each suspension (a JFR recording printed
 * a dump per sample and recorded almost nothing). Installed by {@code gilkit run}; the handler is
 * process-wide, so the last interpreter that installed it is the one dumped.
 */
public final class DumpSignal {
    /** The signal's name as {@code sun.misc.Signal} spells it. */
    public static final String SIGNAL = "USR1";

    private DumpSignal() {}

    /**
     * Routes SIGUSR1 to a dump of {@code interp} on {@code err}.
     * @return false if this JVM does not let the program handle SIGUSR1 (then nothing changes)
     */
    public static boolean install(InterpreterState interp, PrintStream err) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(SIGNAL), sig -> dump(interp, err));
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** What the handler does (on the JVM's signal-dispatch thread; it never takes the GIL). */
    static void dump(InterpreterState interp, PrintStream err) {
        String text = ThreadDump.format(interp, "gilkit: SIGUSR1: Python threads of process "
                + ProcessHandle.current().pid());
        synchronized (err) {
            err.print(text);
            err.flush();
        }
    }
}
