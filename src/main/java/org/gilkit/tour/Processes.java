package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code processes}: CPU-bound work in N processes (multiprocessing, fork start method), each an
 * interpreter with its own GIL, runs in parallel (expect ~min(N, cores)). The mechanism check:
 * the children ran on N distinct locks, each held by its process for most of its run.
 * Added by the multiprocessing helper (issue 9).
 */
final class Processes implements Scenario {
    @Override
    public String name() {
        return "processes";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.seconds(), size.rounds());
        long gils = Row.number(name(), r, "gils").longValue();
        double held = Row.number(name(), r, "child_held_min").doubleValue();
        long handoffs = Row.number(name(), r, "child_handoffs_max").longValue();
        return Row.of(name(), r, "processes: one interpreter and GIL each, CPU work in parallel (expect ~cores)")
                .mechanism(String.format(Locale.ROOT, "%d GILs, each held >=%.2f of its run", gils, held),
                        gils == threads && held >= 0.5)
                .put("rounds", r.get("rounds"))
                .put("speedup_low", r.get("speedup_low"))
                .put("speedup_high", r.get("speedup_high"))
                .put("iterations", r.get("iterations"))
                .put("gils", gils)
                .put("child_handoffs_max", handoffs)
                .put("child_held_min", held);
    }
}
