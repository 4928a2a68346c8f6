package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code switch-interval}: throughput (the CPU threads' time) and a waiter's wake-up latency at
 * switch intervals of 1 us, 100 us, 5 ms and 50 ms. The row's common times are those at 5 ms
 * (CPython's default); the extra keys hold every interval's figures. The mechanism check: the
 * lock changed hands more often at 1 us than at 50 ms.
 */
final class SwitchInterval implements Scenario {
    private static final long[] NANOS = {1_000L, 100_000L, 5_000_000L, 50_000_000L};
    private static final String[] LABELS = {"1us", "100us", "5ms", "50ms"};

    @Override
    public String name() {
        return "switch-interval";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Row run(int threads, Size size) {
        int work = size.pick(5_000_000, 1_500_000, 2_000);
        Map<String, Object> base = null;
        StringBuilder shows = new StringBuilder("parallel s / waiter p99 ms:");
        Map<String, Object>[] runs = new Map[NANOS.length];
        // The default interval first, with the warm-up and the serial timing the row needs; the
        // others reuse the warm JIT and time only the parallel side (a third of the tour's time
        // went to serial runs nobody read).
        for (int i : runOrder()) {
            boolean isBase = NANOS[i] == ProgramRun.DEFAULT_SWITCH_NANOS;
            runs[i] = ProgramRun.runWithInterval(program(), GilPolicy.NEW, NANOS[i], threads, work, isBase ? 1 : 0);
            if (isBase) base = runs[i];
        }
        for (int i = 0; i < NANOS.length; i++) {
            shows.append(String.format(Locale.ROOT, " %s %.2f/%.1f", LABELS[i],
                    Row.number(name(), runs[i], "parallel_s").doubleValue(),
                    Row.number(name(), runs[i], "p99_ms").doubleValue()));
        }
        long fast = Row.number(name(), runs[0], "gil_handoffs").longValue();
        long slow = Row.number(name(), runs[NANOS.length - 1], "gil_handoffs").longValue();
        Row row = Row.of(name(), base, shows.toString())
                .mechanism("hand-offs " + LABELS[0] + " " + fast + ", " + LABELS[NANOS.length - 1] + " " + slow, fast > slow)
                .put("iterations", work);
        for (int i = 0; i < NANOS.length; i++) {
            row.put("gil_handoffs_" + LABELS[i], runs[i].get("gil_handoffs"))
                    .put("parallel_s_" + LABELS[i], runs[i].get("parallel_s"))
                    .put("p50_ms_" + LABELS[i], runs[i].get("p50_ms"))
                    .put("p99_ms_" + LABELS[i], runs[i].get("p99_ms"));
        }
        return row;
    }

    /** Indexes into NANOS: the default interval's first, then the others in order. */
    private static int[] runOrder() {
        int[] order = new int[NANOS.length];
        int k = 0;
        for (int i = 0; i < NANOS.length; i++) if (NANOS[i] == ProgramRun.DEFAULT_SWITCH_NANOS) order[k++] = i;
        for (int i = 0; i < NANOS.length; i++) if (NANOS[i] != ProgramRun.DEFAULT_SWITCH_NANOS) order[k++] = i;
        return order;
    }
}
