package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.Hasher;
import org.gilkit.kernels.KernelCancelledException;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.observe.WatchdogReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long kernel that released the lock stops with {@link KernelCancelledException} once another
 * thread sets its thread's cancel flag, and the lock is fully usable afterwards. Deterministic,
 * as test_kernel_release.c: thread A holds the lock except inside the kernel, so when thread B,
 * blocked in acquire, gets the lock, A is inside a kernel; B sets A's flag while holding it. The
 * kernel polls the flag every 4 MiB, so the kernel B caught (or, if it was past its last poll,
 * A's next one) stops. No timing: A repeats the kernel until it is cancelled, at most 1000 times.
 */
class CancellationTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final long BIG = 64L << 20; // bytes: 16 cancellation polls per call
    private static final long MEDIUM = 8L << 20; // bytes: two polls, the first one stops a flagged call
    private static final int MAX_CALLS = 1000;

    @ParameterizedTest
    @ValueSource(strings = {"sha256", "sumF64", "crc32c"})
    void anotherThreadCancelsAReleasedKernel(String kernel) throws Exception {
        try (NativeBuffer data = NativeBuffer.allocate(BIG);
                Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
                Watchdog dog = new Watchdog("cancel-" + kernel)) {
            dog.diagnose(() -> WatchdogReport.format(gil.snapshot()));
            dog.run("cancel " + kernel, LIMIT, () -> cancelFromB(gil, data, kernel));
        }
    }

    private static void cancelFromB(Gil gil, NativeBuffer data, String kernel) throws Exception {
        AtomicReference<GilThread> a = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger callsBeforeCancel = new AtomicInteger();
        CountDownLatch aHolds = new CountDownLatch(1);
        Thread threadA = SnapshotTest.start("A", failure, () -> {
            try (GilThread t = gil.attachCurrentThread("A-kernel")) {
                a.set(t);
                t.acquire();
                aHolds.countDown();
                KernelCancelledException stop = null;
                while (stop == null && callsBeforeCancel.incrementAndGet() <= MAX_CALLS) {
                    try {
                        run(kernel, data);
                    } catch (KernelCancelledException e) {
                        stop = e;
                    }
                }
                assertTrue(stop != null, "the kernel was never cancelled");
                assertTrue(stop.getMessage().contains("cancelled"), stop.getMessage());
                assertTrue(t.holds(), "the lock is held again when the cancellation is thrown");
                t.setCancel(false);
                usableAfterwards(t);
            }
        });
        aHolds.await();
        try (GilThread b = gil.attachCurrentThread("B-canceller")) {
            b.acquire(); // only possible while A is inside a releasing kernel
            a.get().setCancel(true);
            b.release();
        }
        threadA.join();
        if (failure.get() != null) throw new AssertionError("thread A failed", failure.get());
        assertTrue(callsBeforeCancel.get() <= MAX_CALLS);
    }

    private static void run(String kernel, NativeBuffer data) {
        switch (kernel) {
            case "sha256" -> HashKernels.digest(HashAlgorithm.SHA256, data, ReleasePolicy.ALWAYS);
            case "sumF64" -> ArrayKernels.sumF64(data, ReleasePolicy.ALWAYS);
            default -> HashKernels.crc32c(data, 0, ReleasePolicy.ALWAYS);
        }
    }

    /** After a cancellation: release/acquire, a releasing kernel and a holding one all work. */
    private static void usableAfterwards(GilThread t) throws Exception {
        t.release();
        t.acquire();
        try (NativeBuffer small = NativeBuffer.of(new byte[] {'a', 'b', 'c'})) {
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    HashKernels.hex(HashKernels.digest(HashAlgorithm.SHA256, small, ReleasePolicy.ALWAYS)));
            assertEquals(0x352441c2L, HashKernels.crc32(small, 0, ReleasePolicy.NEVER)); // python3: zlib.crc32(b"abc")
        }
        t.checkpoint();
        assertTrue(t.holds());
    }

    /** A cancelled update leaves a streaming hash exactly as it was (the flag is set by the thread itself). */
    @Test
    void aCancelledUpdateLeavesTheHasherUnchanged() throws Exception {
        try (Watchdog dog = new Watchdog("cancel-hasher")) {
            dog.run("cancelled update", LIMIT, () -> withHeldLock(t -> {
                try (NativeBuffer big = NativeBuffer.allocate(MEDIUM); Hasher h = HashKernels.newHasher(HashAlgorithm.SHA256, 0)) {
                    h.update(new byte[] {1, 2, 3});
                    byte[] before = h.digest();
                    t.setCancel(true);
                    assertThrows(KernelCancelledException.class, () -> h.update(big, ReleasePolicy.ALWAYS));
                    assertThrows(KernelCancelledException.class, () -> ArrayKernels.sumF64(big, ReleasePolicy.NEVER));
                    assertArrayEquals(before, h.digest(), "a cancelled update must not change the state");
                    t.setCancel(false);
                    h.update(big, ReleasePolicy.ALWAYS);
                    assertArrayEquals(jdkSha256(new byte[] {1, 2, 3}, MEDIUM), h.digest());
                }
            }));
        }
    }

    @FunctionalInterface
    interface HeldBody {
        void run(GilThread t) throws Exception;
    }

    private static void withHeldLock(HeldBody body) throws Exception {
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS); GilThread t = gil.attachCurrentThread("self")) {
            t.acquire();
            body.run(t);
            assertTrue(t.holds());
            t.release();
        }
    }

    private static byte[] jdkSha256(byte[] head, long zeros) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(head);
        byte[] z = new byte[1 << 20];
        for (long done = 0; done < zeros; done += z.length) md.update(z);
        return md.digest();
    }
}
