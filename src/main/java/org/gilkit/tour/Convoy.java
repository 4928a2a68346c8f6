package org.gilkit.tour;

import java.util.Locale;
import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code convoy}: the wake-up latency of an I/O thread behind a CPU-bound thread, under the
 * {@code legacy} (CPython 2) and {@code new} (CPython 3.2+) policies. The row's times are the
 * I/O loop alone (serial) and behind the CPU thread under {@code new} (parallel). The
 * {@code lost_wakeups_*} fields count the I/O thread's wake-ups that found the lock taken again
 * (the lock's statistics): hundreds per wake-up under {@code legacy}, the convoy itself.
 */
final class Convoy implements Scenario {
    @Override
    public String name() {
        return "convoy";
    }

    @Override
    public Row run(int threads, Size size) {
        int wakeups = size.pick(300, 100, 5);
        Map<String, Object> legacy = ProgramRun.run(program(), GilPolicy.LEGACY, wakeups);
        Map<String, Object> fresh = ProgramRun.run(program(), GilPolicy.NEW, wakeups);
        double p50Legacy = Row.number(name(), legacy, "p50_ms").doubleValue();
        double p99Legacy = Row.number(name(), legacy, "p99_ms").doubleValue();
        double p50New = Row.number(name(), fresh, "p50_ms").doubleValue();
        double p99New = Row.number(name(), fresh, "p99_ms").doubleValue();
        String shows = String.format(Locale.ROOT,
                "I/O wake-up delay behind a CPU thread, p50/p99 ms: legacy %.2f/%.2f, new %.2f/%.2f", p50Legacy,
                p99Legacy, p50New, p99New);
        return Row.of(name(), fresh, shows)
                .put("wakeups", wakeups)
                .put("p50_alone_ms", fresh.get("p50_alone_ms"))
                .put("p50_ms_legacy", p50Legacy)
                .put("p99_ms_legacy", p99Legacy)
                .put("p50_ms_new", p50New)
                .put("p99_ms_new", p99New)
                .put("lost_wakeups_legacy", legacy.get("lost_wakeups"))
                .put("lost_wakeups_new", fresh.get("lost_wakeups"));
    }
}
