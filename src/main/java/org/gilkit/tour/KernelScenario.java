package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code kernel-released} and {@code kernel-held}: N threads calling gilkit.kernels.sha256 on
 * 1 MiB, with the GIL released during the call ({@code policy='always'}: ~cores) or held
 * ({@code 'never'}: ~1.0). The mechanism check: released, every worker spent time in C with the
 * lock released (native &gt; 0); held, none did.
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
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.seconds(), size.rounds(),
                size.pick(1 << 20, 1 << 20, 4096));
        double nativeMin = Row.number(name(), r, "native_min_s").doubleValue();
        double nativeOverWall = Row.number(name(), r, "native_over_wall").doubleValue();
        double held = Row.number(name(), r, "held_over_wall").doubleValue();
        String shows = released
                ? "native sha256 with the GIL released: parallel (expect ~cores, "
                        + Runtime.getRuntime().availableProcessors() + ")"
                : "the same kernel holding the GIL (policy='never'): serialized (expect ~1.0)";
        String mechanism = String.format(Locale.ROOT, "in C unlocked %.2fx wall, held %.2f", nativeOverWall, held);
        boolean ok = released ? nativeMin > 0 : nativeOverWall == 0.0;
        return Row.of(name(), r, shows)
                .mechanism(mechanism, ok)
                .put("policy", r.get("policy"))
                .put("rounds", r.get("rounds"))
                .put("speedup_low", r.get("speedup_low"))
                .put("speedup_high", r.get("speedup_high"))
                .put("calls_per_thread", r.get("calls_per_thread"))
                .put("bytes", r.get("bytes"))
                .put("native_min_s", nativeMin)
                .put("native_over_wall", nativeOverWall)
                .put("held_over_wall", held);
    }
}
