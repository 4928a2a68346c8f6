package org.gilkit.tour;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gilkit.gil.GilPolicy;

/**
 * Runs {@code gilkit bench}: each {@link BenchItem}'s program on a fresh in-process gilkit
 * interpreter, then (when an interpreter was found and CPython has an equivalent) the same
 * program under CPython, one row after the other so that both sides see the same machine load.
 * Wired in by {@link org.gilkit.cli.BenchCommand}.
 */
public final class Bench {
    private Bench() {}

    /**
     * Warms the JIT up with every item's program at {@link Size#TINY} until a pass compiles
     * little (see {@link JitWarmUp}), at most {@code capSeconds}.
     */
    public static JitWarmUp.Result warmUp(List<BenchItem> items, int threads, double capSeconds) {
        BenchItem.Sizing tiny = new BenchItem.Sizing(Size.TINY, threads);
        return JitWarmUp.untilQuiet(() -> {
            for (BenchItem b : items) runGilkit(b, tiny);
        }, capSeconds);
    }

    /**
     * Runs the items, printing one progress line per side on {@code progress}.
     * @param python the CPython to compare with, or empty (its columns are then skipped with
     *               {@code noPython} as the reason)
     * @throws TourException if a gilkit program fails (a CPython failure only skips its column)
     */
    public static List<BenchRow> run(List<BenchItem> items, BenchItem.Sizing sizing, Optional<CPython> python,
            String noPython, PrintWriter progress) {
        List<BenchRow> rows = new ArrayList<>();
        int i = 0;
        for (BenchItem b : items) {
            progress.printf("bench [%d/%d] %s: gilkit ...", ++i, items.size(), b.name());
            progress.flush();
            Map<String, Object> g = runGilkit(b, sizing);
            Map<String, Object> c = null;
            String skipped;
            if (!b.onCPython()) {
                skipped = "no CPython equivalent";
            } else if (python.isEmpty()) {
                skipped = noPython;
            } else {
                progress.print(" CPython ...");
                progress.flush();
                try {
                    c = python.get().run(b.program(), b.args().apply(sizing));
                    skipped = null;
                } catch (TourException e) {
                    skipped = "python3 failed: " + firstLine(e.getMessage());
                }
            }
            progress.println();
            progress.flush();
            rows.add(new BenchRow(b, g, c, skipped));
        }
        return rows;
    }

    private static Map<String, Object> runGilkit(BenchItem b, BenchItem.Sizing sizing) {
        return ProgramRun.run(b.program(), GilPolicy.NEW, b.args().apply(sizing).toArray());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
