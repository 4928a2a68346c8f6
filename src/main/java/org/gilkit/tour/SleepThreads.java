package org.gilkit.tour;

import java.util.Map;
import org.gilkit.gil.GilPolicy;

/** {@code sleep-threads}: blocking calls release the GIL, so sleeping threads overlap (~N). */
final class SleepThreads implements Scenario {
    @Override
    public String name() {
        return "sleep-threads";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.pick(10, 5, 2),
                size.pick(0.05, 0.02, 0.001));
        return Row.of(name(), r, "sleep/I-O releases the GIL: threads wait together (expect ~" + threads + ")")
                .put("sleeps_per_thread", r.get("sleeps_per_thread"));
    }
}
