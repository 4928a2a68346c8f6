package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilEventType;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilStats;
import org.junit.jupiter.api.Test;

/** The --stats table and the per-thread snapshot behind gilkit.gil_stats(). */
class StatsTableTest {
    private static final GilStats A = new GilStats(10, 500_000_000L, 1_500_000_000L, 250_000_000L, 0, 3, 2, 1, 7);
    private static final GilStats B = new GilStats(5, 1_000_000_000L, 400_000_000L, 0, 100_000_000L, 1, 4, 4, 0);

    @Test
    void startOrderFollowsJavaThreadIds() {
        GilStatsSnapshot snap = new GilStatsSnapshot(0, List.of(
                new ThreadStatsRecord("Thread-2", "t2", 30, false, B),
                new ThreadStatsRecord("Thread-1", "t1", 20, false, A),
                new ThreadStatsRecord("MainThread", "main", 10, false, A)), B, 3);
        GilStatsSnapshot sorted = snap.inStartOrder();
        assertEquals(List.of("MainThread", "Thread-1", "Thread-2"), sorted.threads().stream().map(ThreadStatsRecord::name).toList());
        assertEquals(snap.total(), sorted.total(), "same counters");
        assertEquals(3, sorted.forgottenCount());
    }

    @Test
    void rendersRawTimesCountsAndBothFractions() {
        GilStatsSnapshot snap = new GilStatsSnapshot(0, List.of(
                new ThreadStatsRecord("MainThread", "main", 1, true, A),
                new ThreadStatsRecord("a-rather-long-thread-name", "t", 2, false, B)), GilStats.ZERO, 0);
        String[] lines = StatsTable.render(snap, 2_000_000_000L).split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("thread") && lines[0].contains("held s") && lines[0].contains("wait s")
                && lines[0].contains("native s") && lines[0].contains("blocked s") && lines[0].contains("acquired")
                && lines[0].contains("forced") && lines[0].contains("drop req made / recv")
                && lines[0].endsWith("lost wakeups"), lines[0]);
        assertEquals(List.of("MainThread", "1.500", "0.500", "0.250", "0.000", "10", "1", "3", "/", "2", "7"), cells(lines[1]));
        assertEquals(List.of("a-rather-long-thread-na~", "0.400", "1.000", "0.000", "0.100", "5", "4", "1", "/", "4", "0"), cells(lines[2]));
        assertEquals(List.of("total", "1.900", "1.500", "0.250", "0.100", "15", "5", "4", "/", "6", "7"), cells(lines[3]));
        // held 1.9 of 2.0 s wall; waiting 1.5 of 1.9 + 1.5 + 0.25 + 0.1 = 3.75 s accounted
        assertEquals("held fraction 0.950 (1.900 s held of 2.000 s wall); wait fraction 0.400 (1.500 s waiting of 3.750 s accounted)",
                lines[4]);
    }

    @Test
    void forgottenThreadsGetTheirOwnRowAndCountInTheTotal() {
        GilStatsSnapshot snap = new GilStatsSnapshot(0, List.of(new ThreadStatsRecord("x", "x", 1, true, A)), B, 7);
        String table = StatsTable.render(snap, 1_000_000_000L);
        assertTrue(table.contains("(7 older)"), table);
        assertEquals(A.plus(B), snap.total());
        assertTrue(table.contains("held fraction 1.900 "), "no lock can hold 1.9 s in 1 s, but the table reports, not judges");
    }

    @Test
    void zeroWallTimeSaysNotApplicableAndNegativeIsRefused() {
        GilStatsSnapshot empty = new GilStatsSnapshot(0, List.of(), GilStats.ZERO, 0);
        assertTrue(StatsTable.render(empty, 0).contains("held fraction n/a"));
        assertThrows(IllegalArgumentException.class, () -> StatsTable.render(empty, -1));
    }

    @Test
    void snapshotListsExitedThreadsWithTheLocksCountersWhichMatchTheTrace() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Gil gil = Gil.create(GilPolicy.FIFO, 100_000)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.takeTurns(gil, 3, 20);
                Trace trace = s.stop();
                GilStatsSnapshot snap = GilStatsSnapshot.of(gil);
                assertEquals(3, snap.threads().size());
                for (ThreadStatsRecord r : snap.threads()) {
                    assertFalse(r.alive(), r.name() + " has exited");
                    assertTrue(r.stats().acquisitions() > 0 && r.stats().holdNanos() > 0, r.toString());
                    ThreadTrace t = trace.threads().stream().filter(x -> x.name().equals(r.name())).findFirst().orElseThrow();
                    long traced = t.events().stream().filter(e -> e.type() == GilEventType.ACQUIRE).count();
                    assertEquals(r.stats().acquisitions(), traced, "counter and trace agree for " + r.name());
                    assertEquals(t.javaThreadId(), r.javaThreadId());
                }
            }
        });
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split("\\s+"));
    }
}
