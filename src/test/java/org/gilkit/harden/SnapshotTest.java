package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilSnapshot;
import org.gilkit.gil.GilSnapshot.State;
import org.gilkit.gil.GilSnapshot.ThreadInfo;
import org.gilkit.gil.GilThread;
import org.gilkit.observe.WatchdogReport;
import org.junit.jupiter.api.Test;

/**
 * {@link Gil#snapshot()} and {@link WatchdogReport} in a situation built deterministically: thread
 * A holds the lock, thread B is blocked in acquire (the test waits until the lock reports B as a
 * waiter), thread C is attached but idle. The switch interval is Long.MAX_VALUE, so B never asks
 * A to drop the lock and the picture stays still while the test looks at it. No timing asserts:
 * only "B's wait does not shrink between two snapshots".
 */
class SnapshotTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void aHolderAndAWaiterAreReportedAsSuch() throws Exception {
        try (Gil gil = Gil.create(GilPolicy.NEW, Long.MAX_VALUE); Watchdog dog = new Watchdog("snapshot-test")) {
            dog.diagnose(() -> WatchdogReport.format(gil.snapshot()));
            dog.run("holder/waiter snapshot", LIMIT, () -> holderAndWaiter(gil));
        }
    }

    private static void holderAndWaiter(Gil gil) throws Exception {
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch aMayRelease = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] ids = new int[2];
        Thread a = start("A", failure, () -> {
            try (GilThread t = gil.attachCurrentThread("A-holder")) {
                ids[0] = t.id();
                t.acquire();
                aHolds.countDown();
                aMayRelease.await();
                t.release();
            }
        });
        aHolds.await();
        Thread b = start("B", failure, () -> {
            try (GilThread t = gil.attachCurrentThread("B-waiter")) {
                ids[1] = t.id();
                t.acquire(); // blocks until A releases
                t.release();
            }
        });
        try (GilThread c = gil.attachCurrentThread("C-idle")) {
            c.setCancel(true);
            GilSnapshot first = awaitWaiter(gil);
            checkPicture(first, ids, c.id());
            GilSnapshot second = gil.snapshot();
            assertTrue(second.longestWaitNanos() >= first.longestWaitNanos(), "a wait cannot shrink while it lasts");
            checkReport(second, c.id());
            aMayRelease.countDown();
            a.join();
            b.join();
            assertEquals(null, failure.get());
            GilSnapshot after = gil.snapshot();
            assertTrue(after.holder().isEmpty());
            assertTrue(after.waiters().isEmpty());
            assertEquals(List.of(c.id()), after.threads().stream().map(ThreadInfo::id).toList());
        }
    }

    private static GilSnapshot awaitWaiter(Gil gil) throws InterruptedException {
        while (true) {
            GilSnapshot s = gil.snapshot();
            if (s.waiterCount() == 1 && !s.waiters().isEmpty()) return s;
            Thread.sleep(1);
        }
    }

    private static void checkPicture(GilSnapshot s, int[] ids, int cId) {
        assertEquals(GilPolicy.NEW, s.policy());
        assertEquals(Long.MAX_VALUE, s.switchIntervalNanos());
        assertFalse(s.dropRequested(), "an infinite interval never asks the holder to drop");
        assertEquals(3, s.threads().size());
        ThreadInfo holder = s.holder().orElseThrow();
        assertEquals(ids[0], holder.id());
        assertEquals("A-holder", holder.name());
        assertEquals(1, holder.acquisitions());
        ThreadInfo waiter = s.waiters().get(0);
        assertEquals("B-waiter", waiter.name());
        assertEquals(State.WAITING, waiter.state());
        assertEquals(0, waiter.acquisitions());
        assertTrue(waiter.nanosInState() >= 0);
        ThreadInfo idle = s.threads().stream().filter(t -> t.id() == cId).findFirst().orElseThrow();
        assertEquals(State.IDLE, idle.state());
        assertTrue(idle.cancelRequested());
    }

    private static void checkReport(GilSnapshot s, int cId) {
        String text = WatchdogReport.format(s, t -> t.name().startsWith("B") ? List.of("File \"w.py\", line 7, in work") : List.of());
        String[] lines = text.split("\n");
        assertTrue(lines[0].startsWith("GIL watchdog report: policy new"), text);
        assertTrue(lines[0].contains("1 waiting"), text);
        assertTrue(lines[1].contains("holder") && lines[1].contains("'A-holder' HOLDING"), text);
        assertTrue(lines[2].contains("waiting") && lines[2].contains("'B-waiter' WAITING for"), text);
        assertEquals("      File \"w.py\", line 7, in work", lines[3], "hook lines go right under their thread");
        assertTrue(lines[4].contains("#" + cId + " 'C-idle' IDLE") && lines[4].endsWith("cancel requested"), text);
        assertTrue(WatchdogReport.stalled(s, 0));
        assertFalse(WatchdogReport.stalled(s, Long.MAX_VALUE));
        String withBrokenHook = WatchdogReport.format(s, t -> {
            throw new IllegalStateException("stack unavailable");
        });
        assertTrue(withBrokenHook.contains("(details unavailable: java.lang.IllegalStateException: stack unavailable)"));
    }

    @Test
    void aWaiterPastTheIntervalSetsTheDropRequest() throws Exception {
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.MIN_SWITCH_INTERVAL_NANOS); Watchdog dog = new Watchdog("drop-request")) {
            dog.diagnose(() -> WatchdogReport.format(gil.snapshot()));
            dog.run("drop request in the snapshot", LIMIT, () -> {
                CountDownLatch holds = new CountDownLatch(1);
                CountDownLatch seen = new CountDownLatch(1);
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread a = start("A", failure, () -> {
                    try (GilThread t = gil.attachCurrentThread("A")) {
                        t.acquire();
                        holds.countDown();
                        seen.await(); // holds without a check point: the request stays pending
                        t.checkpoint(); // honours it: B gets the lock
                        t.release();
                    }
                });
                holds.await();
                Thread b = start("B", failure, () -> {
                    try (GilThread t = gil.attachCurrentThread("B")) {
                        t.acquire();
                        t.release();
                    }
                });
                GilSnapshot s;
                do {
                    s = gil.snapshot();
                    Thread.sleep(1);
                } while (!s.dropRequested());
                assertEquals(State.HOLDING, s.holder().orElseThrow().state());
                assertTrue(WatchdogReport.format(s).contains("drop request pending"));
                seen.countDown();
                a.join();
                b.join();
                assertEquals(null, failure.get());
            });
        }
    }

    @Test
    void aClosedLockHasNoSnapshot() {
        Gil gil = Gil.create(GilPolicy.FIFO, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        GilSnapshot empty = gil.snapshot();
        assertTrue(empty.threads().isEmpty());
        assertTrue(WatchdogReport.format(empty).contains("(no threads attached)"));
        gil.close();
        assertThrows(IllegalStateException.class, gil::snapshot);
    }

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    static Thread start(String name, AtomicReference<Throwable> failure, Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
