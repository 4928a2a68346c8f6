package org.gilkit.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Every bad argument and every misuse of the facade is a clear Java exception, never a crash. */
class GilFacadeTest {
    @Test
    void policyNamesParseIgnoringCaseAndUnknownNamesListTheValidOnes() {
        assertSame(GilPolicy.NEW, GilPolicy.parse("new"));
        assertSame(GilPolicy.LEGACY, GilPolicy.parse("LEGACY"));
        assertSame(GilPolicy.FIFO, GilPolicy.parse("Fifo"));
        assertSame(GilPolicy.OFF, GilPolicy.parse("off"));
        for (GilPolicy p : GilPolicy.values()) assertSame(p, GilPolicy.parse(p.cliName()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GilPolicy.parse("fair"));
        assertTrue(e.getMessage().contains("'fair'"), e.getMessage());
        assertTrue(e.getMessage().contains("new, legacy, fifo, off"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GilPolicy.parse(null));
    }

    @Test
    void badCreationArgumentsAreRejectedWithTheValueAndTheRule() {
        assertThrows(IllegalArgumentException.class, () -> Gil.create(null, 5_000_000));
        for (long bad : new long[] {999, 0, -1, Long.MIN_VALUE}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Gil.create(GilPolicy.NEW, bad));
            assertTrue(e.getMessage().contains(Long.toString(bad)), e.getMessage());
            assertTrue(e.getMessage().contains("at least 1000 ns"), e.getMessage());
        }
    }

    @Test
    void settingsAreValidatedAndReadBack() {
        try (Gil gil = Gil.create(GilPolicy.LEGACY, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
            assertEquals(GilPolicy.LEGACY, gil.policy());
            assertEquals(5_000_000L, gil.switchIntervalNanos());
            gil.setSwitchIntervalNanos(1_000);
            assertEquals(1_000L, gil.switchIntervalNanos());
            assertThrows(IllegalArgumentException.class, () -> gil.setSwitchIntervalNanos(999));
            assertThrows(IllegalArgumentException.class, () -> gil.setSwitchIntervalNanos(-7));
            assertEquals(Gil.DEFAULT_LEGACY_TICKS, gil.legacyTicks());
            gil.setLegacyTicks(7);
            assertEquals(7, gil.legacyTicks());
            assertThrows(IllegalArgumentException.class, () -> gil.setLegacyTicks(0));
        }
    }

    @Test
    void acquireTwiceAndReleaseWithoutHoldingThrow() {
        try (Gil gil = Gil.create(GilPolicy.NEW, 1_000_000); GilThread t = gil.attachCurrentThread("main")) {
            assertThrows(IllegalStateException.class, t::release);
            assertThrows(IllegalStateException.class, t::releaseForBlocking);
            t.acquire();
            assertTrue(t.holds());
            IllegalStateException e = assertThrows(IllegalStateException.class, t::acquire);
            assertTrue(e.getMessage().contains("already holds"), e.getMessage());
            t.releaseForBlocking();
            assertFalse(t.holds());
            assertThrows(IllegalStateException.class, t::release);
        }
    }

    /**
     * The check point visits its slow path every PROFILE_TICKS check points even when no drop is
     * requested (for the JIT's branch profile, issue 5): the visits change nothing a caller can
     * see (no C call, no statistic), and they catch a check point without the lock that the
     * one-branch fast path lets through.
     */
    @Test
    void periodicSlowPathVisitsAreInvisibleAndCatchACheckPointWithoutTheLock() {
        for (GilPolicy p : new GilPolicy[] {GilPolicy.NEW, GilPolicy.FIFO, GilPolicy.OFF}) {
            try (Gil gil = Gil.create(p, 1_000_000); GilThread t = gil.attachCurrentThread("main")) {
                t.acquire();
                GilStats before = t.stats();
                for (int i = 0; i < 3 * Gil.PROFILE_TICKS; i++) t.checkpoint();
                GilStats d = t.stats().minus(before);
                assertEquals(0, d.acquisitions(), p + ": " + d);
                assertEquals(0, d.dropRequestsReceived(), p + ": " + d);
                t.release();
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                    for (int i = 0; i <= Gil.PROFILE_TICKS; i++) t.checkpoint();
                }, p.toString());
                assertTrue(e.getMessage().contains("without holding"), e.getMessage());
            }
        }
    }

    @Test
    void attachRejectsBlankNamesAndASecondAttachOfTheSameThread() {
        try (Gil gil = Gil.create(GilPolicy.NEW, 1_000_000)) {
            assertThrows(IllegalArgumentException.class, () -> gil.attachCurrentThread(null));
            assertThrows(IllegalArgumentException.class, () -> gil.attachCurrentThread("  "));
            try (GilThread t = gil.attachCurrentThread("first")) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> gil.attachCurrentThread("second"));
                assertTrue(e.getMessage().contains("'first'"), e.getMessage());
                assertEquals("first", t.name());
                assertSame(gil, t.gil());
            }
        }
    }

    @Test
    void aThreadStateUsedFromAnotherThreadThrows() throws Exception {
        try (Gil gil = Gil.create(GilPolicy.NEW, 1_000_000); GilThread t = gil.attachCurrentThread("owner")) {
            Throwable thrown = onOtherThread(() -> t.acquire());
            assertTrue(thrown instanceof IllegalStateException, String.valueOf(thrown));
            assertTrue(thrown.getMessage().contains("belongs to thread"), thrown.getMessage());
            assertTrue(onOtherThread(t::close) instanceof IllegalStateException);
            t.acquire();
            assertTrue(onOtherThread(t::release) instanceof IllegalStateException);
            assertTrue(t.holds(), "a foreign release must not have released the lock");
            assertTrue(onOtherThread(() -> assertTrue(t.holds())) == null, "holds() is readable from any thread");
            onOtherThread(() -> t.stats()); // stats are readable from any thread
            t.release();
        }
    }

    @Test
    void closingTheGilWithAttachedThreadsNamesThemAndUseAfterCloseThrows() {
        Gil gil = Gil.create(GilPolicy.FIFO, 1_000_000);
        GilThread t = gil.attachCurrentThread("worker-7");
        IllegalStateException e = assertThrows(IllegalStateException.class, gil::close);
        assertTrue(e.getMessage().contains("'worker-7'"), e.getMessage());
        assertFalse(gil.isClosed());
        t.acquire();
        t.close(); // releases the lock it still holds, then detaches
        t.close(); // idempotent
        assertThrows(IllegalStateException.class, t::acquire);
        assertThrows(IllegalStateException.class, t::checkpoint);
        assertThrows(IllegalStateException.class, t::stats);
        gil.close();
        gil.close();
        assertTrue(gil.isClosed());
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> gil.attachCurrentThread("late"));
        assertEquals("gil is closed", closed.getMessage());
        assertThrows(IllegalStateException.class, gil::switchIntervalNanos);
        assertThrows(IllegalStateException.class, () -> gil.setSwitchIntervalNanos(10_000));
        assertThrows(IllegalStateException.class, gil::legacyTicks);
    }

    @Test
    void statsCountAcquisitionsAndBlockingTime() throws InterruptedException {
        try (Gil gil = Gil.create(GilPolicy.NEW, 1_000_000); GilThread t = gil.attachCurrentThread("main")) {
            for (int i = 0; i < 5; i++) {
                t.acquire();
                t.checkpoint();
                t.releaseForBlocking();
                Thread.sleep(1);
            }
            t.acquire();
            GilStats s = t.stats();
            assertEquals(6, s.acquisitions());
            assertTrue(s.blockingNanos() >= 5 * 1_000_000L, "slept 5 x 1 ms while released: " + s);
            assertTrue(s.holdNanos() > 0, s.toString());
            assertEquals(0, s.dropRequestsMade());
            assertEquals(0, s.forcedSwitches());
            assertEquals(0, t.stats().minus(s).acquisitions());
            t.release();
        }
    }

    @Test
    void traceArgumentsAreValidated() {
        try (Gil gil = Gil.create(GilPolicy.NEW, 1_000_000)) {
            assertThrows(IllegalArgumentException.class, () -> GilTrace.enable(gil, 15));
            assertThrows(IllegalArgumentException.class, () -> GilTrace.enable(gil, -1));
            assertFalse(GilTrace.isEnabled(gil));
        }
    }

    /** Runs r on a fresh platform thread; returns what it threw, or null. */
    static Throwable onOtherThread(Runnable r) throws InterruptedException, ExecutionException {
        CompletableFuture<Throwable> f = new CompletableFuture<>();
        Thread th = new Thread(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (Throwable e) {
                f.complete(e);
            }
        }, "intruder");
        th.start();
        th.join();
        return f.get();
    }
}
