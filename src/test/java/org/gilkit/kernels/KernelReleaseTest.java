package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kernels really release the GIL (and hold it in NEVER mode), per kernel family, with no timing:
 * thread A holds the lock and calls a 16 MiB kernel over and over; thread B waits in acquire().
 * If B gets the lock, A must be inside a kernel (A holds it everywhere else), and B proves it by
 * setting A's cancel flag while holding the lock, so A's loop ends in KernelCancelledException.
 * In NEVER mode, B cannot get the lock during any number of A's kernels.
 */
class KernelReleaseTest {
    private static final long BIG = 16L << 20;

    enum Family {
        SUM(b -> ArrayKernels.sumF64(b.buffer, b.policy)),
        SCALE(b -> ArrayKernels.scale(1.0, b.buffer, b.policy)),
        SHA256(b -> HashKernels.digest(HashAlgorithm.SHA256, b.buffer, b.policy)),
        // Two poll intervals: a call of exactly one interval never polls (nothing is left after it).
        MD5(b -> HashKernels.digest(HashAlgorithm.MD5, b.buffer.slice(0, 8 << 20), b.policy)),
        CRC32C(b -> HashKernels.crc32c(b.buffer, 0, b.policy)),
        XXH64(b -> HashKernels.xxh64(b.buffer, 0, b.policy));

        final Consumer<Call> body;

        Family(Consumer<Call> body) {
            this.body = body;
        }
    }

    record Call(NativeBuffer buffer, ReleasePolicy policy) {}

    @ParameterizedTest
    @EnumSource(Family.class)
    void releasingKernelLetsAnotherThreadIn(Family family) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(family, ReleasePolicy.ALWAYS));
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void holdModeKeepsOthersOut(Family family) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(family, ReleasePolicy.NEVER));
    }

    private static void run(Family family, ReleasePolicy policy) throws Exception {
        try (Gil gil = Gil.create(GilPolicy.NEW, 5_000_000); NativeBuffer buf = NativeBuffer.allocate(BIG)) {
            AtomicReference<GilThread> threadA = new AtomicReference<>();
            AtomicBoolean bAcquired = new AtomicBoolean();
            CountDownLatch aHolds = new CountDownLatch(1), bWaiting = new CountDownLatch(1), aDone = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread b = new Thread(() -> {
                try (GilThread t = gil.attachCurrentThread("B")) {
                    aHolds.await();
                    bWaiting.countDown();
                    t.acquire(); // only possible while A is inside a releasing kernel, or after A released
                    bAcquired.set(true);
                    if (policy != ReleasePolicy.NEVER) threadA.get().setCancel(true);
                    t.release();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "kernel-release-B");
            b.setDaemon(true);
            b.start();
            try (GilThread a = gil.attachCurrentThread("A")) {
                threadA.set(a);
                a.acquire();
                aHolds.countDown();
                bWaiting.await();
                Call call = new Call(buf, policy);
                if (policy == ReleasePolicy.NEVER) {
                    for (int i = 0; i < 3; i++) family.body.accept(call);
                    assertFalse(bAcquired.get(), "B got the lock while A ran kernels in hold mode");
                    a.release();
                } else {
                    assertThrows(KernelCancelledException.class, () -> {
                        for (int i = 0; i < 1_000_000; i++) family.body.accept(call);
                    });
                    assertTrue(a.holds(), "the lock is held again after a cancelled kernel");
                    assertTrue(bAcquired.get());
                    a.setCancel(false);
                    family.body.accept(call); // the flag is cleared: kernels run again
                    a.release();
                }
                b.join();
                assertTrue(bAcquired.get());
            }
            aDone.countDown();
            if (failure.get() != null) throw new AssertionError("thread B failed", failure.get());
            assertEquals(0, failure.get() == null ? 0 : 1);
        }
    }
}
