package org.gilkit.cli;

import org.gilkit.diagnose.DumpSignal;
import org.gilkit.diagnose.RunWatchdog;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.vm.Interpreter;

/**
 * The diagnostics of {@code gilkit run}, as a run observer wrapping the command's other one
 * ({@code --stats}): when the interpreter exists it installs the {@code kill -USR1} thread dump
 * ({@link DumpSignal}) and, with {@code --watchdog=SECONDS}, starts the {@link RunWatchdog} that
 * ends a run still going after SECONDS with status 124 ({@code Runtime.halt}: deadlocked threads
 * cannot be joined). The watchdog stops when the main thread finished, or at {@link #close()}
 * if the launch failed before that. Wired in by {@link RunCommand}.
 */
final class DiagnoseRun implements Interpreter.RunObserver, AutoCloseable {
    private final Interpreter.RunObserver next;
    private final Double watchdogSeconds;
    private RunWatchdog watchdog;

    /** @param watchdogSeconds the --watchdog value, or null for none (already validated) */
    DiagnoseRun(Interpreter.RunObserver next, Double watchdogSeconds) {
        this.next = next;
        this.watchdogSeconds = watchdogSeconds;
    }

    @Override
    public void started(InterpreterState interp) {
        next.started(interp);
        DumpSignal.install(interp, System.err);
        if (watchdogSeconds != null) {
            watchdog = RunWatchdog.start(interp, watchdogSeconds, System.err, status -> Runtime.getRuntime().halt(status));
        }
    }

    @Override
    public void finished(InterpreterState interp, int status) {
        close();
        next.finished(interp, status);
    }

    @Override
    public void close() {
        if (watchdog != null) watchdog.close();
    }
}
