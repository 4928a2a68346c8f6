package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilTrace;
import org.junit.jupiter.api.Test;

/**
 * A monitor thread (a watchdog, a stats printer) reads a lock while the interpreter closes it:
 * every read must either see the lock open and read valid memory, or throw "gil is closed",
 * never read the freed C lock. In a normal build a use-after-free usually goes unnoticed; under
 * {@code .ci/sanitize} (AddressSanitizer in the test JVM) it aborts the run, which is how this
 * race was found: the reads checked "open" and then called C without holding the monitor that
 * close() frees the lock under.
 */
class ConcurrentCloseTest {
    private static final int ROUNDS = 300;

    @Test
    void readingALockWhileItClosesNeverTouchesFreedMemory() throws Exception {
        try (Watchdog dog = new Watchdog("concurrent-close")) {
            dog.run("close while a monitor reads", Duration.ofSeconds(120), () -> {
                for (int i = 0; i < ROUNDS; i++) round(GilPolicy.values()[i % 4]);
            });
        }
    }

    private static void round(GilPolicy policy) throws InterruptedException {
        Gil gil = Gil.create(policy, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        AtomicLong reads = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread monitor = SnapshotTest.start("monitor", failure, () -> {
            while (true) {
                try {
                    gil.waiters();
                    gil.switchCount();
                    gil.switchIntervalNanos();
                    gil.legacyTicks();
                    GilTrace.isEnabled(gil);
                    gil.snapshot();
                    reads.incrementAndGet();
                } catch (IllegalStateException closed) {
                    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
                    return;
                }
            }
        });
        while (reads.get() < 2) Thread.onSpinWait();
        gil.close();
        monitor.join();
        assertEquals(null, failure.get());
    }
}
