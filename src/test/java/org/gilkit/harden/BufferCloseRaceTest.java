package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.junit.jupiter.api.Test;

/**
 * A NativeBuffer closed by one thread while others read and write it: every access either
 * completes on valid memory (the value written is read back) or throws IllegalStateException
 * "... the NativeBuffer is closed"; never a NullPointerException or another raw exception, and
 * never a read of freed memory. The buffers are 8 MiB, above malloc's mmap threshold, so a
 * use-after-free would touch unmapped pages and crash the JVM (and AddressSanitizer reports it
 * under .ci/sanitize). Racing by nature: 200 rounds, each close happening after the accessors
 * have made at least 100 accesses, so the close lands in the middle of their loops.
 */
class BufferCloseRaceTest {
    private static final int ROUNDS = 200;
    private static final long BYTES = 1L << 20;

    @Test
    void accessorsRacingACloseSeeValidMemoryOrClosed() throws Exception {
        try (Watchdog dog = new Watchdog("buffer-close-race")) {
            dog.run("close while accessing", Duration.ofSeconds(120), () -> {
                for (int i = 0; i < ROUNDS; i++) round(i);
            });
        }
    }

    @Test
    void aClosedBufferSaysSoForEveryAccessor() {
        NativeBuffer b = NativeBuffer.allocateElements(16);
        NativeBuffer view = b.sliceElements(2, 4);
        b.close();
        for (NativeBuffer x : new NativeBuffer[] {b, view}) {
            assertClosed(() -> x.getDouble(0));
            assertClosed(() -> x.putDouble(0, 1));
            assertClosed(() -> x.getLong(0));
            assertClosed(() -> x.putLong(0, 1));
            assertClosed(() -> x.get(0));
            assertClosed(() -> x.put(0, (byte) 1));
            assertClosed(() -> x.getDoubles(0, new double[1], 0, 1));
            assertClosed(() -> x.putLongs(0, new long[1], 0, 1));
            assertClosed(() -> x.toByteArray());
            IllegalStateException k = assertThrows(IllegalStateException.class, () -> HashKernels.crc32c(x, 0, ReleasePolicy.AUTO));
            assertTrue(k.getMessage().contains("closed"), k.getMessage());
        }
    }

    @Test
    void closeIsIdempotent() {
        NativeBuffer b = NativeBuffer.allocate(1 << 20);
        b.close();
        b.close(); // idempotent
        assertTrue(b.isClosed());
    }

    private static void assertClosed(org.junit.jupiter.api.function.Executable access) {
        IllegalStateException e = assertThrows(IllegalStateException.class, access);
        assertTrue(e.getMessage().contains("the NativeBuffer is closed"), e.getMessage());
    }

    private static void round(int round) throws InterruptedException {
        NativeBuffer b = NativeBuffer.allocate(BYTES);
        long elements = b.elementCount();
        AtomicLong accesses = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(2);
        for (int t = 0; t < 2; t++) {
            final int id = t;
            Thread th = new Thread(() -> {
                try {
                    access(b, elements, id, round, accesses);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "accessor-" + t);
            th.setDaemon(true);
            th.start();
        }
        // Park, not spin: on a loaded 2-core machine a spinning closer starves the accessors.
        while (accesses.get() < 100 && failure.get() == null) java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        b.close();
        done.await();
        assertNull(failure.get(), () -> "round " + round + ": " + failure.get());
        assertTrue(b.isClosed());
    }

    /** Writes, reads back and bulk-copies until the buffer is closed under it. */
    private static void access(NativeBuffer b, long elements, int id, int round, AtomicLong accesses) {
        double[] chunk = new double[512];
        for (long i = id; ; i += 2) {
            long index = (i * 7919) % elements;
            try {
                b.putDouble(index, index + round);
                double got = b.getDouble(index);
                if (got != index + round && !b.isClosed()) {
                    // the other accessor writes other indexes, so a mismatch is corrupt memory
                    throw new AssertionError("read " + got + " at " + index + ", wrote " + (index + round));
                }
                b.getDoubles(Math.min(index, elements - chunk.length), chunk, 0, chunk.length);
                accesses.incrementAndGet();
            } catch (IllegalStateException e) {
                assertEquals(true, e.getMessage().contains("the NativeBuffer is closed"), e.getMessage());
                return;
            }
        }
    }
}
