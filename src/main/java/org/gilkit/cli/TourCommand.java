package org.gilkit.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gilkit.tour.JitWarmUp;
import org.gilkit.tour.Programs;
import org.gilkit.tour.Report;
import org.gilkit.tour.Row;
import org.gilkit.tour.Scenario;
import org.gilkit.tour.Scenarios;
import org.gilkit.tour.Size;
import org.gilkit.tour.TourException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gilkit tour [--quick] [--json] [--only NAME[,NAME]] [--threads N] [--show NAME]}: runs
 * the {@link Scenarios} (each a shipped Python program on a fresh interpreter), prints one line
 * per scenario on stderr while it runs, then the table (or JSON) on stdout, and points at
 * {@code gilkit trace} and the JMH jar. Exit 64 for an unknown scenario, 1 if a scenario fails.
 * Registered in {@link Main}.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Runs the GIL lessons on this machine and prints what each one shows.")
public final class TourCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "Smaller sizes: about 20 s instead of about 90 s.")
    boolean quick;

    @Option(names = "--json", description = "Print a JSON array of result objects instead of the table.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these scenarios.")
    List<String> only = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads per scenario (default min(4, cores), at least 2).")
    Integer threads;

    @Option(names = "--show", paramLabel = "NAME", description = "Print the scenario's Python program and exit.")
    String show;

    @Option(names = "--size", hidden = true, description = "FULL, QUICK or TINY (TINY: for tests).")
    Size size;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> chosen;
        try {
            if (show != null) {
                out.print(Programs.source(Scenarios.named(show).program()));
                out.flush();
                return 0;
            }
            chosen = only.isEmpty() ? Scenarios.all() : Scenarios.select(only);
        } catch (TourException e) {
            err.println("gilkit tour: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        int n = threads != null ? threads : Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (n < 1 || n > 64) {
            err.println("gilkit tour: --threads must be between 1 and 64, got " + n);
            return Main.EXIT_USAGE;
        }
        Size s = size != null ? size : quick ? Size.QUICK : Size.FULL;
        if (s != Size.TINY) {
            err.print("tour: warming up the JIT ...");
            err.flush();
            try {
                JitWarmUp.Result w = JitWarmUp.run(s == Size.FULL ? chosen : List.of(), n, s.pick(10.0, 1.0, 0.0));
                err.printf(Locale.ROOT, " %.1f s, %d passes%s%n", w.seconds(), w.passes(),
                        w.quiet() ? "" : " (still compiling: the first rows may be noisier)");
            } catch (TourException e) {
                err.println();
                err.println("gilkit tour: warm-up failed: " + e.getMessage());
                return 1;
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Scenario sc : chosen) {
            err.printf("tour [%d/%d] %s ...%n", ++i, chosen.size(), sc.name());
            err.flush();
            try {
                rows.add(sc.run(n, s));
            } catch (TourException e) {
                err.println("gilkit tour: " + sc.name() + " failed: " + e.getMessage());
                return 1;
            }
        }
        if (json) {
            out.println(Report.json(rows));
        } else {
            out.print(Report.table(rows));
            out.println();
            out.println(loadNote());
            out.println("Next: see each switch with `gilkit trace --html=trace.html SCRIPT.py` (or `--demo`), print a scenario with");
            out.println("`gilkit tour --show NAME`, and measure the lock itself with the JMH jar:");
            out.println("`java -jar benchmarks/target/benchmarks.jar`.");
        }
        out.flush();
        return 0;
    }

    /** The machine's load (speedups need idle cores: other busy programs take them). */
    private static String loadNote() {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load < 0) return "Load average unknown on this system; " + cores + " cores.";
        String note = String.format(Locale.ROOT, "Load average %.1f on %d cores", load, cores);
        return load > cores
                ? note + ": other programs are using the cores, so the speedups above are less reliable (rerun when idle)."
                : note + ".";
    }
}
