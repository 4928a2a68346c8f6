package org.gilkit.tour;

import java.util.Map;
import org.gilkit.gil.GilPolicy;

/** {@code cpu-threads}: CPU-bound threads under the GIL take as long as serial work (~1.0). */
final class CpuThreads implements Scenario {
    @Override
    public String name() {
        return "cpu-threads";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.pick(1_000_000, 250_000, 2_000));
        return Row.of(name(), r, "CPU-bound threads: the GIL runs one at a time (expect ~1.0)")
                .put("iterations", r.get("iterations"));
    }
}
