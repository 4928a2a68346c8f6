package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code processes}: the cpu-threads work in N multiprocessing processes, each with its own
 * interpreter and GIL: speedup ~min(N, cores). The mechanism check: the children's summed GIL
 * hold time exceeds the wall time (more than one GIL held at once), which one shared lock cannot
 * allow. Process start-up is timed apart ({@code startup_s}): the children are started, wait
 * for a go signal, and only their work is timed.
 */
final class Processes implements Scenario {
    @Override
    public String name() {
        return "processes";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.seconds(), size.rounds());
        double held = Row.number(name(), r, "held_over_wall").doubleValue();
        return Row.of(name(), r, "processes: one GIL each, CPU work runs on all cores (expect ~"
                        + Math.min(threads, Runtime.getRuntime().availableProcessors()) + ")")
                .mechanism(String.format(Locale.ROOT, "GILs held %.2fx wall", held), threads < 2 || held > 1.0)
                .put("rounds", r.get("rounds"))
                .put("speedup_low", r.get("speedup_low"))
                .put("speedup_high", r.get("speedup_high"))
                .put("iterations", r.get("iterations"))
                .put("held_over_wall", held)
                .put("startup_s", r.get("startup_s"));
    }
}
