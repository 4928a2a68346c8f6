package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.bytedeco.javacpp.LongPointer;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilSnapshot;
import org.gilkit.gil.GilStats;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.observe.WatchdogReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * N = 2, 8 and 64 Java threads on one lock at the 1 us switch interval, under every policy. Each
 * thread, holding the lock, increments two shared counters that only the lock protects (a plain
 * Java field and a native int64), runs check points, and at random (fixed seed) calls a releasing
 * kernel (sum, sha256 with {@link ReleasePolicy#ALWAYS}; results checked) or releases the lock
 * around a 0-1 ms sleep, rarely enough that most hand-offs happen at check points (drop requests). One thread also starts a native pthread that increments the native
 * counter through {@code gilkit_gilstate_ensure} (the test kernel
 * {@code gilkit_test_foreign_increments}). Under new, legacy and fifo no update may be lost: both
 * counters end exact. Under off (no lock) updates may be lost, but never invented: the counters
 * end at most exact. A {@link Watchdog} fails a run that does not finish, printing every thread's
 * stack and the lock's snapshot ({@link WatchdogReport}).
 *
 * <p>Sized for about 10 s in total on 2 cores under {@code mvn test}; {@code -Dgilkit.stress.scale=N}
 * multiplies the work by N for a longer soak.
 */
class GilStressTest {
    private static final int SCALE = Integer.getInteger("gilkit.stress.scale", 1);
    /** Increments per run, shared by the threads (each does TOTAL / n). */
    private static final int TOTAL = 300_000 * SCALE;
    private static final int FOREIGN_INCREMENTS = 2_000 * SCALE;
    private static final Duration LIMIT = Duration.ofSeconds(60L * SCALE);
    private static final long SEED = 0x5_7E55L;

    private static NativeBuffer doubles;   // read-only input of the sum kernel, shared by all threads
    private static double expectedSum;
    private static NativeBuffer bytes;     // read-only input of the sha256 kernel
    private static String expectedSha;

    @BeforeAll
    static void inputs() throws Exception {
        double[] d = new Random(SEED).doubles(4096, -1, 1).toArray();
        doubles = NativeBuffer.of(d);
        expectedSum = ArrayKernels.sumF64(doubles, ReleasePolicy.NEVER);
        byte[] b = new byte[8192];
        new Random(SEED + 1).nextBytes(b);
        bytes = NativeBuffer.of(b);
        expectedSha = HashKernels.hex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    @AfterAll
    static void free() {
        doubles.close();
        bytes.close();
    }

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (GilPolicy p : GilPolicy.values()) for (int n : new int[] {2, 8, 64}) out.add(Arguments.of(p, n));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} x {1} threads")
    @MethodSource("runs")
    void countersStayExactUnderContention(GilPolicy policy, int n) throws Exception {
        Run run = new Run(policy, n);
        try (Gil gil = Gil.create(policy, Gil.MIN_SWITCH_INTERVAL_NANOS);
                LongPointer nativeCounter = new LongPointer(1);
                Watchdog dog = new Watchdog("stress-" + policy.cliName() + "-" + n)) {
            gil.setLegacyTicks(10); // legacy: drop and re-compete often (before any thread attaches)
            nativeCounter.put(0);
            dog.diagnose(() -> WatchdogReport.format(gil.snapshot()));
            dog.diagnose(run::progress);
            // Java threads reach the native counter through a direct buffer over its memory (no JNI
            // call per increment, which -Xcheck:jni would make slow); the foreign pthread writes it in C.
            ByteBuffer counterView = nativeCounter.capacity(1).asByteBuffer().order(ByteOrder.nativeOrder());
            dog.run(policy + " x " + n, LIMIT, () -> run.execute(gil, nativeCounter, counterView));
            GilSnapshot after = gil.snapshot();
            assertTrue(after.holder().isEmpty() && after.waiters().isEmpty(), WatchdogReport.format(after));
            run.check(nativeCounter.get());
        }
    }

    /** One stress run: its threads, counters and their expected values. */
    private static final class Run {
        final GilPolicy policy;
        final int n;
        final int perThread;
        long plainCounter; // guarded by the GIL only (deliberately not volatile, not atomic)
        final AtomicLong javaIncrements = new AtomicLong();
        final AtomicLong kernels = new AtomicLong();
        final AtomicLong sleeps = new AtomicLong();
        final AtomicLong explicitAcquires = new AtomicLong();
        final AtomicLong acquisitionsSeen = new AtomicLong();
        final AtomicLong dropRequests = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        int foreignRc = Integer.MIN_VALUE;

        Run(GilPolicy policy, int n) {
            this.policy = policy;
            this.n = n;
            this.perThread = TOTAL / n;
        }

        void execute(Gil gil, LongPointer nativeCounter, ByteBuffer counterView) throws InterruptedException {
            CountDownLatch attached = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int id = k;
                Thread t = new Thread(() -> worker(gil, nativeCounter, counterView, id, attached, go), "stress-" + k);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            attached.await();
            go.countDown();
            for (Thread t : threads) t.join();
            if (failure.get() != null) throw new AssertionError("a stress thread failed", failure.get());
        }

        private void worker(Gil gil, LongPointer nativeCounter, ByteBuffer counterView, int id, CountDownLatch attached,
                CountDownLatch go) {
            try (GilThread t = gil.attachCurrentThread("stress-" + id)) {
                attached.countDown();
                go.await();
                Random r = new Random(SEED * 31 + id);
                t.acquire();
                explicitAcquires.incrementAndGet();
                if (id == 0) foreignRc = GilkitNative.TestKernels.gilkit_test_foreign_increments(gil.nativeHandle(), nativeCounter, FOREIGN_INCREMENTS);
                long noise = id;
                for (int i = 0; i < perThread; i++) {
                    plainCounter++;
                    counterView.putLong(0, counterView.getLong(0) + 1);
                    javaIncrements.incrementAndGet();
                    noise = busyWork(noise);
                    t.checkpoint();
                    step(t, r);
                }
                if (noise == 42) System.out.print(""); // keeps busyWork from being optimized away
                t.release();
                GilStats s = t.stats();
                acquisitionsSeen.addAndGet(s.acquisitions());
                dropRequests.addAndGet(s.dropRequestsReceived());
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                attached.countDown();
            }
        }

        /** A few hundred nanoseconds of interpreter-like work between check points. */
        private static long busyWork(long x) {
            for (int j = 0; j < 128; j++) x = x * 6364136223846793005L + 1442695040888963407L;
            return x;
        }

        /** Now and then: a releasing kernel (result checked), or a blocking release around a short sleep. */
        private void step(GilThread t, Random r) {
            int dice = r.nextInt(10_000);
            if (dice < 4) {
                double sum = ArrayKernels.sumF64(doubles, ReleasePolicy.ALWAYS);
                if (sum != expectedSum) throw new AssertionError("sum " + sum + " != " + expectedSum);
                kernels.incrementAndGet();
            } else if (dice < 6) {
                String sha = HashKernels.hex(HashKernels.digest(HashAlgorithm.SHA256, bytes, ReleasePolicy.ALWAYS));
                if (!sha.equals(expectedSha)) throw new AssertionError("sha256 " + sha + " != " + expectedSha);
                kernels.incrementAndGet();
            } else if (dice < 8) {
                t.releaseForBlocking();
                LockSupport.parkNanos(r.nextInt(1_000_001));
                t.acquire();
                explicitAcquires.incrementAndGet();
                sleeps.incrementAndGet();
            }
        }

        void check(long nativeCount) {
            long java = javaIncrements.get();
            assertEquals((long) perThread * n, java);
            assertEquals(0, foreignRc, "gilstate_ensure/release from the native thread failed");
            String what = policy + " x " + n + ": plain " + plainCounter + ", native " + nativeCount + " of " + java
                    + " Java + " + FOREIGN_INCREMENTS + " foreign increments";
            System.out.println("GilStressTest " + what + "; " + kernels + " kernels, " + sleeps + " sleeps, "
                    + acquisitionsSeen + " acquisitions, " + dropRequests + " drop requests honoured");
            if (policy == GilPolicy.OFF) {
                assertTrue(plainCounter <= java && nativeCount <= java + FOREIGN_INCREMENTS, "more updates than increments: " + what);
            } else {
                assertEquals(java, plainCounter, "lost updates under a lock: " + what);
                assertEquals(java + FOREIGN_INCREMENTS, nativeCount, "lost updates under a lock: " + what);
                // every explicit acquire and every releasing kernel's re-take is an acquisition
                assertTrue(acquisitionsSeen.get() >= explicitAcquires.get() + kernels.get(), what);
            }
        }

        String progress() {
            return "stress progress: " + javaIncrements + " of " + (long) perThread * n + " increments, " + kernels
                    + " kernels, " + sleeps + " sleeps, foreign rc " + foreignRc;
        }
    }
}
