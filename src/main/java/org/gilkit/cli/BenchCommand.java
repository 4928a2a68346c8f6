package org.gilkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gilkit.tour.Bench;
import org.gilkit.tour.BenchItem;
import org.gilkit.tour.BenchItems;
import org.gilkit.tour.BenchReport;
import org.gilkit.tour.BenchRow;
import org.gilkit.tour.CPython;
import org.gilkit.tour.JitWarmUp;
import org.gilkit.tour.Programs;
import org.gilkit.tour.Size;
import org.gilkit.tour.TourException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gilkit bench [--quick] [--json] [--only NAME[,NAME]] [--threads N] [--python CMD]
 * [--show NAME]}: the
 * side-by-side report of {@link BenchItems} (interpreter loop, 1 vs N thread CPU scaling,
 * kernels released vs held, per-call cost of tiny kernels), each program run in-process under
 * gilkit and, when {@code python3} is found on PATH (or at {@code --python}), under CPython, with
 * the ratio gilkit/CPython. No python3: a clear note and the CPython columns skipped (exit 0).
 * Progress on stderr; the table or JSON on stdout. Exit 64 for an unknown name, 1 if a gilkit
 * program fails. Registered in {@link Main}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the interpreter, threads and kernels here, side by side with CPython when python3 is installed.")
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "Shorter timings (about a third of the default).")
    boolean quick;

    @Option(names = "--json", description = "Print a JSON array of result objects instead of the table.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these rows.")
    List<String> only = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the scaling rows (default min(4, cores), at least 2).")
    Integer threads;

    @Option(names = "--python", paramLabel = "CMD", defaultValue = "python3",
            description = "The CPython to compare with: a name searched on PATH or a path (default: ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--show", paramLabel = "NAME", description = "Print the row's Python program and exit.")
    String show;

    @Option(names = "--size", hidden = true, description = "FULL, QUICK or TINY (TINY: for tests).")
    Size size;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BenchItem> chosen;
        try {
            if (show != null) {
                out.print(Programs.source(BenchItems.select(List.of(show)).get(0).program()));
                out.flush();
                return 0;
            }
            chosen = only.isEmpty() ? BenchItems.all() : BenchItems.select(only);
        } catch (TourException e) {
            err.println("gilkit bench: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        int n = threads != null ? threads : Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (n < 1 || n > 64) {
            err.println("gilkit bench: --threads must be between 1 and 64, got " + n);
            return Main.EXIT_USAGE;
        }
        Size s = size != null ? size : quick ? Size.QUICK : Size.FULL;
        Optional<CPython> py = CPython.find(python, System.getenv("PATH"));
        String noPython = python + " not found" + (python.contains("/") ? "" : " on PATH")
                + ": CPython columns skipped (install python3, and numpy, to compare)";
        if (py.isEmpty()) err.println("gilkit bench: " + noPython);
        try {
            if (s != Size.TINY) {
                err.print("bench: warming up the JIT ...");
                err.flush();
                JitWarmUp.Result w = Bench.warmUp(chosen, n, s.pick(8.0, 3.0, 0.0));
                err.printf(Locale.ROOT, " %.1f s, %d passes%n", w.seconds(), w.passes());
            }
            List<BenchRow> rows = Bench.run(chosen, new BenchItem.Sizing(s, n), py, noPython, err);
            if (json) {
                out.println(BenchReport.json(rows));
            } else {
                out.print(BenchReport.table(rows));
                out.println();
                out.println(py.map(p -> "CPython: " + p.executable() + ". ").orElse("")
                        + "ns rows: lower is faster (gilkit/CPython < 1: gilkit faster); x rows: speedup of "
                        + n + " threads over 1.");
                out.println("Print a row's program with `gilkit bench --show NAME` (it runs under gilkit run and python3 alike).");
            }
        } catch (TourException e) {
            err.println();
            err.println("gilkit bench: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }
}
