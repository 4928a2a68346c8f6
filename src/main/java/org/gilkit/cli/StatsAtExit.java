package org.gilkit.cli;

import java.io.PrintWriter;
import org.gilkit.gil.GilTrace;
import org.gilkit.observe.GilStatsSnapshot;
import org.gilkit.observe.StatsTable;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.vm.Interpreter;

/**
 * {@code gilkit run --stats}: when the main thread finished, prints the lock's per-thread
 * statistics ({@link StatsTable} of a {@link GilStatsSnapshot}) to {@code err}: one row per
 * Python thread that ever ran, in start order, named as {@code threading} named it (MainThread,
 * Thread-1 (worker), ...), with the final counters of threads that already exited, then the
 * total and the whole-program held and wait fractions with their raw times. The wall time is
 * measured from the interpreter's creation to the end of the main thread.
 */
final class StatsAtExit implements Interpreter.RunObserver {
    private final PrintWriter err;
    private long startNanos;

    StatsAtExit(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(InterpreterState interp) {
        startNanos = GilTrace.nowNanos();
    }

    @Override
    public void finished(InterpreterState interp, int status) {
        GilStatsSnapshot snap = GilStatsSnapshot.of(interp.gil()).inStartOrder();
        err.print(render(snap, snap.takenAtNanos() - startNanos, interp.gil().policy().cliName()));
        err.flush();
    }

    /** The report: a title line naming the policy, then the table. */
    static String render(GilStatsSnapshot snap, long wallNanos, String policy) {
        return "gilkit: GIL statistics (policy " + policy + ")\n" + StatsTable.render(snap, Math.max(0, wallNanos));
    }
}
