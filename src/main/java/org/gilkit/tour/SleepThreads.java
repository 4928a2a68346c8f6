package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code sleep-threads}: blocking calls release the GIL, so sleeping threads overlap (~N). The
 * mechanism check: the workers' summed time blocked with the lock released exceeds the wall time.
 */
final class SleepThreads implements Scenario {
    @Override
    public String name() {
        return "sleep-threads";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.pick(10, 5, 2),
                size.pick(0.05, 0.02, 0.001));
        double blocked = Row.number(name(), r, "blocking_over_wall").doubleValue();
        return Row.of(name(), r, "sleep/I-O releases the GIL: threads wait together (expect ~" + threads + ")")
                .mechanism(String.format(Locale.ROOT, "blocked unlocked %.2fx wall", blocked), threads < 2 || blocked > 1.0)
                .put("sleeps_per_thread", r.get("sleeps_per_thread"))
                .put("blocking_over_wall", blocked);
    }
}
