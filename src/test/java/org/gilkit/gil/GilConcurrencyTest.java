package org.gilkit.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.bytedeco.javacpp.LongPointer;
import org.gilkit.binding.GilkitNative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lock really excludes, really releases, and really hands over: deterministic properties, no
 * timing asserts. Every test is bounded by a preemptive timeout, so a deadlock fails instead of
 * hanging the build.
 */
class GilConcurrencyTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** Runs each body on its own platform thread and rethrows the first failure. */
    static void runThreads(List<Runnable> bodies) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Runnable body = bodies.get(i);
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "gil-test-" + i);
            t.setDaemon(true); // a stuck thread must not keep the JVM alive after the timeout fails
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        if (failure.get() != null) throw new AssertionError("a test thread failed", failure.get());
    }

    @Test
    void aReleasingKernelHasTwoThreadsInsideAtOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int[] met = new int[2];
            try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
                runThreads(List.of(rendezvous(gil, met, 0, 1), rendezvous(gil, met, 1, 1)));
            }
            assertEquals(1, met[0], "both threads must meet inside the releasing kernel");
            assertEquals(1, met[1], "both threads must meet inside the releasing kernel");
        });
    }

    @Test
    void aHoldingKernelNeverHasTwoThreadsInside() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int[] met = new int[2];
            try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
                runThreads(List.of(rendezvous(gil, met, 0, 0), rendezvous(gil, met, 1, 0)));
            }
            assertEquals(0, met[0], "the lock is held inside: the other thread cannot be there too");
            assertEquals(0, met[1], "the lock is held inside: the other thread cannot be there too");
        });
    }

    private static Runnable rendezvous(Gil gil, int[] met, int slot, int release) {
        // The holding variant waits 300 ms per thread: long enough that a broken lock would let
        // the second thread in, short enough for the suite. The releasing one waits up to 30 s.
        long timeout = release == 1 ? 30_000_000_000L : 300_000_000L;
        return () -> {
            try (GilThread t = gil.attachCurrentThread("party-" + slot)) {
                t.acquire();
                met[slot] = GilkitNative.TestKernels.gilkit_test_rendezvous(2, timeout, release);
                t.release();
            }
        };
    }

    /** A holder that only ever spins through check points must let a waiter in, under every policy. */
    @ParameterizedTest
    @EnumSource(GilPolicy.class)
    void aSpinningHolderYieldsToAWaiter(GilPolicy policy) {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch holding = new CountDownLatch(1);
            boolean[] waiterRan = new boolean[1];
            long[] checkpoints = new long[1];
            GilStats[] spinnerStats = new GilStats[1];
            try (Gil gil = Gil.create(policy, 100_000)) {
                Runnable spinner = () -> {
                    try (GilThread t = gil.attachCurrentThread("spinner")) {
                        t.acquire();
                        holding.countDown();
                        do { // at least one check point: under OFF the waiter may finish before the first
                            t.checkpoint();
                            checkpoints[0]++;
                        } while (!readVolatile(waiterRan));
                        t.release();
                        spinnerStats[0] = t.stats();
                    }
                };
                Runnable waiter = () -> {
                    try (GilThread t = gil.attachCurrentThread("waiter")) {
                        await(holding);
                        t.acquire();
                        writeVolatile(waiterRan);
                        t.release();
                    }
                };
                runThreads(List.of(spinner, waiter));
            }
            assertTrue(checkpoints[0] > 0);
            if (policy == GilPolicy.NEW || policy == GilPolicy.FIFO) {
                assertTrue(spinnerStats[0].dropRequestsReceived() >= 1, spinnerStats[0].toString());
            }
        });
    }

    private static final int THREADS = 4;
    private static final int INCREMENTS = 20_000;

    private static final class Counter {
        long value; // deliberately not volatile, not atomic: only the lock protects it
    }

    /** N threads x many unprotected read-modify-writes under a 1 us interval lose nothing. */
    @ParameterizedTest
    @EnumSource(value = GilPolicy.class, names = {"NEW", "LEGACY", "FIFO"})
    void incrementsUnderTheLockAreNeverLost(GilPolicy policy) {
        assertTimeoutPreemptively(LIMIT, () -> {
            Counter counter = new Counter();
            GilStats[] stats = new GilStats[THREADS];
            long wallStart = System.nanoTime();
            try (Gil gil = Gil.create(policy, Gil.MIN_SWITCH_INTERVAL_NANOS)) {
                gil.setLegacyTicks(10);
                List<Runnable> bodies = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    int slot = i;
                    bodies.add(() -> {
                        try (GilThread t = gil.attachCurrentThread("incrementer-" + slot)) {
                            t.acquire();
                            for (int k = 0; k < INCREMENTS; k++) {
                                // One "bytecode": no check point between the read and the write,
                                // exactly as the VM never switches inside an instruction.
                                long v = counter.value;
                                counter.value = v + 1;
                                t.checkpoint();
                                if (k % 2_000 == 1_999) {
                                    t.releaseForBlocking();
                                    Thread.yield();
                                    t.acquire();
                                }
                            }
                            t.release();
                            stats[slot] = t.stats();
                        }
                    });
                }
                runThreads(bodies);
            }
            long wall = System.nanoTime() - wallStart;
            // The reads and writes happened on several threads; the lock's own release/acquire
            // (a mutex and seq_cst atomics in C) is the happens-before edge that makes this exact.
            assertEquals((long) THREADS * INCREMENTS, counter.value);
            long holdSum = 0;
            for (GilStats s : stats) {
                assertTrue(s.acquisitions() >= 1 + INCREMENTS / 2_000, s.toString());
                holdSum += s.holdNanos();
            }
            // Holds are disjoint under mutual exclusion, so together they fit in the wall time.
            assertTrue(holdSum <= wall, "sum of hold times " + holdSum + " ns exceeds wall time " + wall + " ns");
        });
    }

    /**
     * A pthread the interpreter never created takes the lock through gilstate_ensure (nested),
     * while Java threads hold and release it; all increments of one plain native counter survive.
     */
    @Test
    void gilstateEnsureFromAForeignPthreadCooperatesWithJavaThreads() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int javaIncrements = 20_000;
            long foreignIncrements = 20_000;
            int[] foreignRc = new int[1];
            try (Gil gil = Gil.create(GilPolicy.NEW, 10_000); LongPointer counter = new LongPointer(1)) {
                counter.put(0, 0L);
                Runnable javaSide = () -> {
                    try (GilThread t = gil.attachCurrentThread("java-incrementer")) {
                        t.acquire();
                        for (int k = 0; k < javaIncrements; k++) {
                            counter.put(0, counter.get(0) + 1);
                            t.checkpoint();
                            if (k % 500 == 499) {
                                t.release();
                                t.acquire();
                            }
                        }
                        t.release();
                    }
                };
                Runnable launcher = () -> {
                    try (GilThread t = gil.attachCurrentThread("launcher")) {
                        t.acquire();
                        // The kernel releases the lock while it joins the foreign pthread.
                        foreignRc[0] = GilkitNative.TestKernels.gilkit_test_foreign_increments(
                                gil.nativeHandle(), counter, foreignIncrements);
                        assertTrue(t.holds());
                        // Re-entrancy on a thread that already holds: only the depth changes.
                        int token = GilkitNative.Gil.gilkit_gilstate_ensure(gil.nativeHandle());
                        assertEquals(1, token, "ensure on a holding thread must be a nested no-op");
                        assertEquals(0, GilkitNative.Gil.gilkit_gilstate_release(gil.nativeHandle(), token));
                        t.release();
                    }
                };
                runThreads(List.of(javaSide, javaSide, launcher));
                assertEquals(0, foreignRc[0], GilkitNative.gilkit_strerror(foreignRc[0]));
                assertEquals(2L * javaIncrements + foreignIncrements, counter.get(0));
                assertTrue(gil.threads().isEmpty(), "the foreign thread's tstate must be gone");
            }
        });
    }

    static boolean readVolatile(boolean[] flag) {
        synchronized (flag) {
            return flag[0];
        }
    }

    static void writeVolatile(boolean[] flag) {
        synchronized (flag) {
            flag[0] = true;
        }
    }

    static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
