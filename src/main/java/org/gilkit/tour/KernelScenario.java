package org.gilkit.tour;

import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code kernel-released} and {@code kernel-held}: N threads calling gilkit.kernels' crc32 and
 * sha256 on 1 MiB, with the GIL released during the call (~cores) or held (~1.0).
 */
final class KernelScenario implements Scenario {
    private final boolean released;

    KernelScenario(boolean released) {
        this.released = released;
    }

    @Override
    public String name() {
        return released ? "kernel-released" : "kernel-held";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.pick(40, 10, 1),
                size.pick(1 << 20, 1 << 20, 4096));
        String shows = released
                ? "native crc32+sha256 with the GIL released: parallel (expect ~cores, "
                        + Runtime.getRuntime().availableProcessors() + ")"
                : "the same kernels holding the GIL (policy='never'): serialized (expect ~1.0)";
        return Row.of(name(), r, shows)
                .put("policy", r.get("policy"))
                .put("calls_per_thread", r.get("calls_per_thread"))
                .put("bytes", r.get("bytes"));
    }
}
