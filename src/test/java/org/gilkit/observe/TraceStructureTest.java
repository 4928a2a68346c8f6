package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;
import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Structure of real traces: protocol order per thread, one holder at a time, native overlap. */
class TraceStructureTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final long INTERVAL = 100_000; // 100 us: many hand-offs in little time

    @ParameterizedTest
    @EnumSource(value = GilPolicy.class, names = {"NEW", "LEGACY", "FIFO"})
    void fourThreadsTakeTurnsAndNeverHoldTogether(GilPolicy policy) {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(policy, INTERVAL)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.takeTurns(gil, 4, 50);
                return s.stop();
            }
        });
        assertEquals(4, trace.threads().size());
        assertEquals(0, trace.droppedEvents(), "the collector must keep the rings from overflowing");
        for (ThreadTrace t : trace.threads()) {
            assertEquals(List.of(), TraceChecks.eventOrderProblems(t), "event order of " + t.name());
            assertEquals(GilEventType.THREAD_START, t.events().get(0).type());
            assertEquals(GilEventType.THREAD_EXIT, t.events().get(t.events().size() - 1).type());
            assertTrue(t.exited());
            assertFalse(t.intervals(IntervalKind.HOLDING).isEmpty(), t.name() + " must have held the lock");
        }
        assertEquals(List.of(), TraceChecks.overlappingHolders(trace), "two holders at once under " + policy);
        long handOffs = trace.threads().stream().mapToLong(t -> t.intervals(IntervalKind.HOLDING).size()).sum();
        assertTrue(handOffs >= 8, "threads must take turns; holds: " + handOffs);
    }

    @Test
    void underOffTwoThreadsHoldAtOnce() {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(GilPolicy.OFF, INTERVAL)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.holdTogether(gil);
                return s.stop();
            }
        });
        for (ThreadTrace t : trace.threads()) assertEquals(List.of(), TraceChecks.eventOrderProblems(t));
        assertFalse(TraceChecks.overlappingHolders(trace).isEmpty(), "off has no mutual exclusion");
        assertEquals(List.of(), TraceChecks.problems(trace), "overlap is allowed under off");
    }

    @Test
    void twoThreadsInAReleasingKernelOverlapInNativeCode() {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
                TraceSession s = TraceSession.start(gil);
                assertEquals(2, Workloads.rendezvous(gil, true, 30_000_000_000L), "both must meet inside");
                return s.stop();
            }
        });
        assertEquals(List.of(), TraceChecks.problems(trace));
        ThreadTrace a = trace.threads().get(0);
        ThreadTrace b = trace.threads().get(1);
        Interval na = a.intervals(IntervalKind.NATIVE).get(0);
        Interval nb = b.intervals(IntervalKind.NATIVE).get(0);
        assertTrue(na.overlaps(nb), "native spans must overlap: " + na + " / " + nb);
        KernelSpan ka = a.kernels().get(0);
        KernelSpan kb = b.kernels().get(0);
        assertEquals("test_rendezvous", ka.kernel());
        assertEquals(4096, ka.bytes());
        assertTrue(ka.released() && kb.released());
        assertTrue(ka.overlaps(kb), "kernel spans must overlap");
    }

    @Test
    void aHoldingKernelNeverOverlaps() {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
                TraceSession s = TraceSession.start(gil);
                assertEquals(0, Workloads.rendezvous(gil, false, 200_000_000L), "the lock keeps them apart");
                return s.stop();
            }
        });
        assertEquals(List.of(), TraceChecks.problems(trace));
        KernelSpan ka = trace.threads().get(0).kernels().get(0);
        KernelSpan kb = trace.threads().get(1).kernels().get(0);
        assertFalse(ka.released() || kb.released());
        assertFalse(ka.overlaps(kb), "a holding kernel serializes: " + ka + " / " + kb);
        assertTrue(trace.threads().stream().allMatch(t -> t.intervals(IntervalKind.NATIVE).isEmpty()));
    }

    @Test
    void aBlockingCallShowsAsBlockedWithItsName() {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.sleepBlocked(gil, s, 3);
                return s.stop();
            }
        });
        ThreadTrace t = trace.threads().get(0);
        List<Interval> blocked = t.intervals(IntervalKind.BLOCKED);
        assertEquals(1, blocked.size());
        assertEquals("sleep", blocked.get(0).label());
        assertTrue(blocked.get(0).durationNanos() >= 3_000_000L, "Thread.sleep(3) blocks at least 3 ms");
        assertEquals(1, t.blockedCalls().size());
        BlockedCall c = t.blockedCalls().get(0);
        assertTrue(c.startNanos() <= blocked.get(0).startNanos() && blocked.get(0).endNanos() <= c.endNanos(),
                "the reported call brackets the lock's blocked span: " + c + " / " + blocked.get(0));
    }

    @Test
    void aSecondSessionOnTheSameLockIsRefusedUntilTheFirstStops() {
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
            TraceSession s = TraceSession.start(gil);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> TraceSession.start(gil));
            assertTrue(e.getMessage().contains("already traced"), e.getMessage());
            s.stop();
            TraceSession.start(gil).stop();
        }
    }

    @Test
    void droppedEventsAreCountedAndReported() throws Exception {
        Trace trace;
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
            TraceSession s = TraceSession.start(gil, 16, Duration.ofHours(1)); // the collector never runs
            Workloads.runAll(1, i -> {
                try (org.gilkit.gil.GilThread t = gil.attachCurrentThread("busy")) {
                    for (int k = 0; k < 100; k++) {
                        t.acquire();
                        t.release();
                    }
                }
            });
            trace = s.stop();
        }
        ThreadTrace t = trace.threads().get(0);
        // THREAD_START + 100 ACQUIRE + 100 RELEASE = 201 recorded into a 16-slot ring; the exit
        // event is added by the facade at close, outside the ring.
        assertEquals(185, t.droppedEvents());
        assertEquals(185, trace.droppedEvents());
        assertEquals(17, t.events().size());
        java.io.StringWriter w = new java.io.StringWriter();
        PerfettoWriter.write(trace, w);
        assertTrue(w.toString().contains("\"dropped_events\":185"), "the JSON reports the drops");
    }

    @Test
    void checksReportABrokenOrderAndOverlappingHolders() {
        GilEvent acquire = new GilEvent("x", 10, GilEventType.ACQUIRE, 0, 0);
        GilEvent twice = new GilEvent("x", 20, GilEventType.ACQUIRE, 0, 0);
        ThreadTrace bad = new ThreadTrace(1, "x", "x", 1, 0, 100, false, List.of(acquire, twice),
                List.of(new Interval(IntervalKind.HOLDING, 10, 100, "")), List.of(), List.of(), 0);
        ThreadTrace other = new ThreadTrace(2, "y", "y", 2, 0, 100, false, List.of(),
                List.of(new Interval(IntervalKind.HOLDING, 50, 60, "")), List.of(), List.of(), 0);
        assertEquals(1, TraceChecks.eventOrderProblems(bad).size());
        Trace t = new Trace(GilPolicy.NEW, 5, 0, 100, List.of(bad, other));
        assertEquals(1, TraceChecks.overlappingHolders(t).size());
        assertEquals(2, TraceChecks.problems(t).size());
    }
}
