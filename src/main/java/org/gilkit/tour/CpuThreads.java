package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code cpu-threads}: CPU-bound threads under the GIL take as long as serial work (~1.0). The
 * mechanism check: every worker acquired the lock at least twice (they took turns) and the
 * workers' summed hold time is at most ~the wall time (never two at once).
 */
final class CpuThreads implements Scenario {
    @Override
    public String name() {
        return "cpu-threads";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.seconds(), size.rounds());
        long turns = Row.number(name(), r, "turns_min").longValue();
        double held = Row.number(name(), r, "held_over_wall").doubleValue();
        return Row.of(name(), r, "CPU-bound threads: the GIL runs one at a time (expect ~1.0)")
                .mechanism(String.format(Locale.ROOT, "turns>=%d each, held %.2f of wall", turns, held),
                        turns >= 2 && held <= 1.05)
                .put("rounds", r.get("rounds"))
                .put("speedup_low", r.get("speedup_low"))
                .put("speedup_high", r.get("speedup_high"))
                .put("iterations", r.get("iterations"))
                .put("gil_handoffs", r.get("gil_handoffs"))
                .put("turns_min", turns)
                .put("held_over_wall", held);
    }
}
