package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * User kernels really release the GIL through the generic dispatcher, and AUTO follows the
 * kernel's threshold, with no timing (the technique of KernelReleaseTest): thread A holds the
 * lock and calls the kernel repeatedly; thread B waits in acquire(). If B gets the lock, A must be
 * inside the kernel, and B sets A's cancel flag, so A's loop ends in KernelCancelledException.
 * When the call holds the lock, B cannot get it during any number of A's calls.
 */
class ExtKernelReleaseTest {
    /** Inside the main cardioid: every pixel takes max_iter steps, 16M steps and 63 polls per call. */
    private static Object[] bigCall(NativeBuffer counts) {
        return new Object[] {256, 64, 0, 64, 1000, -0.5, 0.0, -0.25, 0.25, counts};
    }

    @ParameterizedTest(name = "{0} with threshold {1}: releases = {2}")
    @CsvSource({"ALWAYS, -1, true", "NEVER, -1, false", "AUTO, -1, true", "AUTO, 0, true", "AUTO, 9223372036854775806, false"})
    void releaseFollowsPolicyAndThreshold(ReleasePolicy policy, long threshold, boolean releases) {
        ExtKernel k = ExtKernels.get("mandelbrot");
        try {
            k.setThreshold(threshold >= 0 ? threshold : k.defaultThreshold()); // other tests may have changed it
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(k, policy, releases));
        } finally {
            k.setThreshold(k.defaultThreshold());
        }
    }

    private static void run(ExtKernel k, ReleasePolicy policy, boolean releases) throws Exception {
        try (Gil gil = Gil.create(GilPolicy.NEW, 1_000_000); NativeBuffer counts = NativeBuffer.allocateElements(256 * 64)) {
            AtomicReference<GilThread> threadA = new AtomicReference<>();
            AtomicBoolean bAcquired = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            CountDownLatch aHolds = new CountDownLatch(1), bWaiting = new CountDownLatch(1);
            Thread b = new Thread(() -> {
                try (GilThread t = gil.attachCurrentThread("B")) {
                    aHolds.await();
                    bWaiting.countDown();
                    t.acquire(); // only while A is inside a releasing kernel, or after A released
                    bAcquired.set(true);
                    if (releases) threadA.get().setCancel(true);
                    t.release();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "ext-release-B");
            b.setDaemon(true);
            b.start();
            try (GilThread a = gil.attachCurrentThread("A")) {
                threadA.set(a);
                a.acquire();
                aHolds.countDown();
                bWaiting.await();
                if (releases) {
                    assertThrows(KernelCancelledException.class, () -> {
                        for (int i = 0; i < 1000; i++) k.call(policy, bigCall(counts));
                    });
                    assertTrue(bAcquired.get());
                    a.setCancel(false);
                } else {
                    for (int i = 0; i < 3; i++) k.call(policy, bigCall(counts));
                    assertFalse(bAcquired.get(), "B got the lock while A ran a kernel that holds it");
                }
                assertTrue(a.holds(), "the lock is held again after the kernel");
                a.release();
                b.join();
                assertTrue(bAcquired.get());
            }
            if (failure.get() != null) throw new AssertionError("thread B failed", failure.get());
        }
    }
}
