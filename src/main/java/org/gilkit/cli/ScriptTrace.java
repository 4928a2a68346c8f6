package org.gilkit.cli;

import org.gilkit.gil.GilTrace;
import org.gilkit.observe.GilStatsSnapshot;
import org.gilkit.observe.Trace;
import org.gilkit.observe.TraceSession;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.vm.Interpreter;

/**
 * Traces one run of a script ({@code gilkit trace script.py}): when the interpreter exists, before
 * any thread attaches, it starts a {@link TraceSession} on the interpreter's lock and installs it
 * as the interpreter's session (so {@code ThreadState.blocking} reports sleep, lock waits, join
 * and I/O as blocked calls); when the main thread finished it stops the session and reads the
 * lock's counters. Thread names are the Python ones ({@code threading} attaches its threads
 * under {@code Thread-1 (worker)} etc.); kernel spans are recorded by the native kernels
 * themselves on the calling thread. A failing script (syntax error, uncaught exception,
 * SystemExit) still finishes the main thread, so its partial trace is always available.
 *
 * <p>Wired in: {@link TraceCommand} passes it to {@link ScriptLaunch#run}; tests use it directly.
 */
final class ScriptTrace implements Interpreter.RunObserver {
    /** The longest the end of a trace waits for threads still detaching (see {@link #awaitDetaching}). */
    static final long DETACH_WAIT_MILLIS = 1000;

    private TraceSession session;
    private Trace trace;
    private GilStatsSnapshot stats;
    private Throwable collectorFailure;
    private long startNanos;

    @Override
    public void started(InterpreterState interp) {
        startNanos = GilTrace.nowNanos();
        session = TraceSession.start(interp.gil());
        interp.setTraceSession(session);
    }

    @Override
    public void finished(InterpreterState interp, int status) {
        awaitDetaching(interp);
        interp.setTraceSession(null);
        trace = session.stop();
        collectorFailure = session.failure();
        stats = GilStatsSnapshot.of(interp.gil()).inStartOrder();
    }

    /**
     * Gives threads that are still attached up to {@link #DETACH_WAIT_MILLIS} in all to end, so that
     * their THREAD_EXIT is in the trace. Joined threads are already gone by now (the interpreter
     * waits for exiting threads to leave the lock before the run finishes,
     * {@link InterpreterState#awaitExitingThreads}); what this waits for is daemon threads still
     * running at exit.
     */
    private static void awaitDetaching(InterpreterState interp) {
        long deadline = System.nanoTime() + DETACH_WAIT_MILLIS * 1_000_000L;
        for (var ts : interp.threads()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) return;
            try {
                ts.thread().join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The recorded trace. @throws IllegalStateException before the run finished */
    Trace trace() {
        if (trace == null) throw new IllegalStateException("the run has not finished");
        return trace;
    }

    /** The lock's counters at the end of the main thread. */
    GilStatsSnapshot stats() {
        trace();
        return stats;
    }

    /** From the interpreter's creation to the end of the main thread, ns. */
    long wallNanos() {
        return stats().takenAtNanos() - startNanos;
    }

    /** Why the collector stopped early (later events were dropped), or null. */
    Throwable collectorFailure() {
        return collectorFailure;
    }
}
