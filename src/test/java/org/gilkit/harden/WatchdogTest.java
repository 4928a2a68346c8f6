package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.observe.WatchdogReport;
import org.junit.jupiter.api.Test;

/**
 * The stress tests rely on {@link Watchdog} to turn a deadlock into a failure with a diagnosis;
 * this builds a real one and checks the diagnosis: thread A holds the lock and never reaches a
 * check point (it waits on a latch), the watched body blocks in acquire. The report must name
 * the holder and the waiter (from the lock's snapshot) and show the blocked stacks.
 */
class WatchdogTest {
    @Test
    void aDeadlockFailsWithTheLockStateAndEveryStack() throws Exception {
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch aMayGo = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (Gil gil = Gil.create(GilPolicy.NEW, Long.MAX_VALUE); Watchdog dog = new Watchdog("watched-body")) {
            Thread a = SnapshotTest.start("holder-A", failure, () -> {
                try (GilThread t = gil.attachCurrentThread("A")) {
                    t.acquire();
                    aHolds.countDown();
                    aMayGo.await();
                    t.release();
                }
            });
            aHolds.await();
            dog.diagnose(() -> WatchdogReport.format(gil.snapshot()));
            CountDownLatch bDone = new CountDownLatch(1);
            AssertionError e = assertThrows(AssertionError.class, () -> dog.run("B takes the lock", Duration.ofMillis(500), () -> {
                try (GilThread t = gil.attachCurrentThread("B")) {
                    t.acquire();
                    t.release();
                } finally {
                    bDone.countDown();
                }
            }));
            String report = e.getMessage();
            assertTrue(report.startsWith("WATCHDOG: 'B takes the lock' did not finish within 500 ms"), report);
            assertTrue(report.contains("'A' HOLDING"), report);
            assertTrue(report.contains("'B' WAITING"), report);
            assertTrue(report.contains("\"holder-A\" WAITING"), report); // A parked on its latch
            assertTrue(report.contains("GilkitNative$Gil.gilkit_gil_acquire(Native Method)"), report); // B is in C
            aMayGo.countDown(); // undo the deadlock: A releases, B gets the lock and finishes
            a.join();
            bDone.await();
            assertEquals(null, failure.get());
        }
    }
}
