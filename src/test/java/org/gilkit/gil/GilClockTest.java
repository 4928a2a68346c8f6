package org.gilkit.gil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lock's two clocks as Java sees them (native/src/clock_internal.h): trace timestamps are on
 * the clock of {@link System#nanoTime()}, and the always-on statistics, kept in cheap ticks, come
 * out in nanoseconds that agree with the trace about the same span. native/test/test_gil_clock.c
 * checks the same in C, with both statistics clocks.
 */
class GilClockTest {
    private static final long SPAN_NANOS = 20_000_000L;

    @Test
    void aTraceTimestampLiesBetweenTwoJavaTimestampsAroundIt() {
        GilTrace.nowNanos(); // load and link the native method outside the brackets
        long tightest = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long before = System.nanoTime();
            long c = GilTrace.nowNanos();
            long after = System.nanoTime();
            assertTrue(before <= c && c <= after, "C " + c + " outside Java [" + before + ", " + after + "]");
            tightest = Math.min(tightest, after - before);
        }
        assertTrue(tightest < 1_000_000L, "never bracketed within 1 ms: " + tightest + " ns");
    }

    @Test
    void statisticsAndTraceAgreeAboutAHold() throws InterruptedException {
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
                GilThread t = gil.attachCurrentThread("main")) {
            GilTrace.enable(gil, 1024);
            long before = t.stats().holdNanos();
            long javaStart = System.nanoTime();
            t.acquire();
            Thread.sleep(SPAN_NANOS / 1_000_000L);
            t.release();
            long javaEnd = System.nanoTime();
            long held = t.stats().holdNanos() - before;
            List<GilEvent> events = GilTrace.drain(t);
            GilEvent acquire = first(events, GilEventType.ACQUIRE);
            GilEvent release = first(events, GilEventType.RELEASE);
            long traced = release.timeNanos() - acquire.timeNanos();
            assertTrue(javaStart <= acquire.timeNanos() && release.timeNanos() <= javaEnd, events.toString());
            assertTrue(held >= SPAN_NANOS && traced >= SPAN_NANOS, "held " + held + ", traced " + traced);
            assertTrue(Math.abs(held - traced) <= traced / 100 + 200_000L, "held " + held + " ns, traced " + traced + " ns");
        }
    }

    private static GilEvent first(List<GilEvent> events, GilEventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + events));
    }
}
