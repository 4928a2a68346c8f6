package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tiny-call path (AUTO below the threshold: {@code *_small} natives, HOLD_QUIET) gives the
 * same results, bit for bit, as the full path (NEVER), keeps validating its arguments, and
 * records no kernel trace events, while NEVER does.
 */
class TinyCallTest {
    @AfterEach
    void restore() {
        KernelThresholds.resetAll();
    }

    private static NativeBuffer randomDoubles(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        NativeBuffer b = NativeBuffer.allocateElements(n);
        for (int i = 0; i < n; i++) b.putDouble(i, r.nextDouble(-1e3, 1e3));
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 15, 16, 17, 1023, 1024, 1025, 5000})
    void reductionsMatchTheFullPath(int n) {
        for (Kernel k : Kernel.values()) KernelThresholds.set(k, 1L << 40); // everything is "tiny"
        try (NativeBuffer a = randomDoubles(n, n); NativeBuffer b = randomDoubles(n, n + 7);
                NativeBuffer ia = NativeBuffer.of(new SplittableRandom(n).longs(n).toArray())) {
            ReleasePolicy q = ReleasePolicy.AUTO, full = ReleasePolicy.NEVER;
            assertEquals(bits(ArrayKernels.sumF64(a, full)), bits(ArrayKernels.sumF64(a, q)));
            assertEquals(bits(ArrayKernels.dot(a, b, full)), bits(ArrayKernels.dot(a, b, q)));
            assertEquals(bits(ArrayKernels.minF64(a, full)), bits(ArrayKernels.minF64(a, q)));
            assertEquals(bits(ArrayKernels.maxF64(a, full)), bits(ArrayKernels.maxF64(a, q)));
            assertEquals(ArrayKernels.argmaxF64(a, full), ArrayKernels.argmaxF64(a, q));
            assertEquals(ArrayKernels.sumI64(ia, full), ArrayKernels.sumI64(ia, q));
            assertEquals(ArrayKernels.minI64(ia, full), ArrayKernels.minI64(ia, q));
            assertEquals(ArrayKernels.maxI64(ia, full), ArrayKernels.maxI64(ia, q));
            assertEquals(ArrayKernels.argmaxI64(ia, full), ArrayKernels.argmaxI64(ia, q));
            for (HashAlgorithm alg : HashAlgorithm.values())
                assertArrayEquals(HashKernels.digest(alg, a, 5, full), HashKernels.digest(alg, a, 5, q), alg.name());
            assertEquals(HashKernels.crc32(a, 99, full), HashKernels.crc32(a, 99, q));
            assertEquals(HashKernels.crc32c(a, 99, full), HashKernels.crc32c(a, 99, q));
            assertEquals(HashKernels.xxh64(a, -3, full), HashKernels.xxh64(a, -3, q));
        }
    }

    @Test
    void emptyAndUnalignedInputsStillValidated() {
        try (NativeBuffer a = NativeBuffer.allocate(17)) {
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.sumF64(a, ReleasePolicy.AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.sumF64(a.slice(1, 8), ReleasePolicy.AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.minF64(a.slice(0, 0), ReleasePolicy.AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.argmaxI64(a.slice(0, 0), ReleasePolicy.AUTO));
            assertEquals(0.0, ArrayKernels.sumF64(a.slice(0, 0), ReleasePolicy.AUTO));
            NativeBuffer view = a.slice(0, 8);
            view.close();
            assertThrows(IllegalStateException.class, () -> ArrayKernels.sumF64(view, ReleasePolicy.AUTO));
            assertThrows(IllegalStateException.class, () -> HashKernels.crc32c(view, 0, ReleasePolicy.AUTO));
            assertThrows(IllegalArgumentException.class, () -> HashKernels.valueOf(HashAlgorithm.MD5, new byte[1], 0, 1, 0, ReleasePolicy.AUTO));
        }
    }

    @Test
    void stagedByteArraysMatchBuffers() {
        byte[] data = new byte[HashKernels.STAGED_BYTES + 10];
        new SplittableRandom(5).nextBytes(data);
        for (int len : new int[] {0, 1, 64, HashKernels.STAGED_BYTES, HashKernels.STAGED_BYTES + 9}) {
            try (NativeBuffer b = NativeBuffer.allocate(len)) {
                b.put(0, data, 1, len);
                for (HashAlgorithm alg : HashAlgorithm.values())
                    assertArrayEquals(HashKernels.digest(alg, b, ReleasePolicy.NEVER),
                            HashKernels.digest(alg, data, 1, len, ReleasePolicy.AUTO), alg + " len " + len);
                assertEquals(HashKernels.crc32(b, 7, ReleasePolicy.NEVER), HashKernels.valueOf(HashAlgorithm.CRC32, data, 1, len, 7, ReleasePolicy.AUTO));
                assertEquals(HashKernels.xxh64(b, -7, ReleasePolicy.NEVER), HashKernels.valueOf(HashAlgorithm.XXH64, data, 1, len, -7, ReleasePolicy.AUTO));
                try (Hasher h = HashKernels.newHasher(HashAlgorithm.SHA1, 0)) {
                    h.update(data, 1, len, ReleasePolicy.AUTO);
                    assertArrayEquals(HashKernels.digest(HashAlgorithm.SHA1, b, ReleasePolicy.NEVER), h.digest());
                }
            }
        }
    }

    @Test
    void quietCallsRecordNoKernelEventsButHoldModeDoes() {
        try (Gil gil = Gil.create(GilPolicy.NEW, 5_000_000); NativeBuffer a = randomDoubles(16, 1);
                GilThread t = gil.attachCurrentThread("tiny")) {
            GilTrace.enable(gil, 1024);
            t.acquire();
            ArrayKernels.sumF64(a, ReleasePolicy.AUTO);
            HashKernels.digest(HashAlgorithm.SHA256, a, ReleasePolicy.AUTO);
            ArrayKernels.scale(2.0, a, ReleasePolicy.AUTO);
            assertEquals(0, kernelEvents(GilTrace.drain(t)));
            ArrayKernels.sumF64(a, ReleasePolicy.NEVER);
            HashKernels.digest(HashAlgorithm.SHA256, a, ReleasePolicy.NEVER);
            assertEquals(4, kernelEvents(GilTrace.drain(t)));
            t.release();
        }
    }

    private static long kernelEvents(List<GilEvent> events) {
        return events.stream().filter(e -> e.type() == GilEventType.KERNEL_BEGIN || e.type() == GilEventType.KERNEL_END).count();
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }
}
