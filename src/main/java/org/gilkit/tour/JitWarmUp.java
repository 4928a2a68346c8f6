package org.gilkit.tour;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.gilkit.gil.GilPolicy;
import org.gilkit.observe.JitActivity;

/**
 * Warms up the JVM's JIT before the tour measures anything. The interpreter's eval loop is one
 * large method: until the JIT has compiled it with every path the scenarios take (threads
 * handing the lock over, kernel calls, sleeps), it runs up to ten times slower, and each newly
 * taken path can throw the compiled code away for seconds (on a loaded 2-core machine the
 * compiler threads get little CPU). So this runs every chosen scenario at {@link Size#TINY}
 * (plus a short contended cpu-threads run) again and again until a whole pass compiled nothing
 * much, i.e. {@link CompilationMXBean#getTotalCompilationTime()} grew by at most
 * {@link #QUIET_MILLIS} or a tenth of the pass's wall time and no compilation of gilkit's own
 * eval loop is running or queued ({@link JitActivity}), or until the time cap (on a loaded
 * machine the JIT may keep recompiling the eval loop for longer: the tour's median-of-pairs
 * timing absorbs what is left). Used by {@link org.gilkit.cli.TourCommand} and {@link Bench}.
 */
public final class JitWarmUp {
    /** A pass counts as quiet when the JIT spent at most this long compiling during it. */
    static final long QUIET_MILLIS = 20;

    private JitWarmUp() {}

    /** What the warm-up did: passes run, seconds spent, and whether the JIT went quiet. */
    public record Result(int passes, double seconds, boolean quiet) {}

    /**
     * Runs warm-up passes (a short contended cpu-threads run, then every scenario of
     * {@code scenarios} at TINY size; {@code --quick} passes none) with {@code threads} threads until a pass is
     * quiet (two in a row when the JVM cannot report compilation time: then it just runs two
     * passes) or {@code capSeconds} have passed.
     */
    public static Result run(List<Scenario> scenarios, int threads, double capSeconds) {
        return untilQuiet(() -> pass(scenarios, threads), capSeconds);
    }

    /**
     * Runs {@code pass} again and again until one is quiet (two passes when the JVM cannot report
     * compilation time) or {@code capSeconds} have passed (at least one pass if the cap is
     * positive).
     */
    public static Result untilQuiet(Runnable pass, double capSeconds) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        int passes = 0;
        boolean quiet = false;
        while (!quiet && (System.nanoTime() - start) / 1e9 < capSeconds) {
            long before = timed ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            pass.run();
            passes++;
            long passMillis = (System.nanoTime() - t0) / 1_000_000;
            quiet = timed ? jit.getTotalCompilationTime() - before <= Math.max(QUIET_MILLIS, passMillis / 10) : passes >= 2;
            // The total compilation time grows only when a compilation ends: the eval loop's C2
            // compile (1-3 s here) was still running when a pass looked quiet (issue 5).
            quiet = quiet && JitActivity.pending(JitActivity.EVAL_LOOP) <= 0;
        }
        return new Result(passes, (System.nanoTime() - start) / 1e9, quiet);
    }

    private static void pass(List<Scenario> scenarios, int threads) {
        ProgramRun.run("cpu-threads", GilPolicy.NEW, threads, 0.05, 1); // lock hand-offs at the 5 ms interval
        for (Scenario s : scenarios) s.run(threads, Size.TINY);
    }
}
