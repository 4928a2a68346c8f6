package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Strided copies (NumPy views) and int64 -> float64 against reference loops; bad layouts. */
class LayoutKernelsTest {
    private static final ReleasePolicy AUTO = ReleasePolicy.AUTO;

    @Test
    void stridedCopiesMatchAReferenceLoop() {
        long[] src = new SplittableRandom(3).longs(200).toArray();
        long[][] walks = {{0, 1, 0, 1, 200}, {1, 2, 0, 1, 99}, {199, -1, 0, 1, 200}, {5, 0, 10, 3, 40}, {0, 7, 199, -5, 29}, {3, 1, 3, 1, 0}};
        for (long[] w : walks) {
            try (NativeBuffer s = NativeBuffer.of(src); NativeBuffer d = NativeBuffer.allocateElements(200)) {
                long[] want = new long[200];
                for (long i = 0; i < w[4]; i++) want[(int) (w[2] + i * w[3])] = src[(int) (w[0] + i * w[1])];
                ArrayKernels.copyStrided(s, w[0], w[1], d, w[2], w[3], w[4], AUTO);
                for (int i = 0; i < 200; i++) assertEquals(want[i], d.getLong(i), "walk " + java.util.Arrays.toString(w) + " at " + i);
            }
        }
    }

    @Test
    void stridedCopiesRejectWalksOutsideTheBuffersAndOverlaps() {
        try (NativeBuffer s = NativeBuffer.allocateElements(10); NativeBuffer d = NativeBuffer.allocateElements(10)) {
            assertThrows(IndexOutOfBoundsException.class, () -> ArrayKernels.copyStrided(s, 0, 2, d, 0, 1, 6, AUTO));
            assertThrows(IndexOutOfBoundsException.class, () -> ArrayKernels.copyStrided(s, 0, 1, d, 9, 1, 2, AUTO));
            assertThrows(IndexOutOfBoundsException.class, () -> ArrayKernels.copyStrided(s, 2, -1, d, 0, 1, 4, AUTO));
            assertThrows(IndexOutOfBoundsException.class, () -> ArrayKernels.copyStrided(s, 0, Long.MAX_VALUE, d, 0, 1, 3, AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.copyStrided(s, 0, 1, d, 0, 1, -1, AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.copyStrided(s, 0, 1, d, 0, 0, 2, AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.copyStrided(s, 0, 1, s, 1, 1, 5, AUTO));
            ArrayKernels.copyStrided(s, 0, 1, s, 0, 1, 10, AUTO); // the same layout: a no-op, allowed
            // interleaved but disjoint elements: refused too (the check compares address ranges)
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrayKernels.copyStrided(s, 0, 2, s, 1, 2, 5, AUTO));
            assertEquals(true, e.getMessage().contains("overlap"), e.getMessage());
        }
    }

    @Test
    void int64ConvertsToFloat64AsJavaCasts() {
        long[] v = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, 12345678901L, -7};
        try (NativeBuffer a = NativeBuffer.of(v); NativeBuffer o = NativeBuffer.allocateElements(v.length)) {
            ArrayKernels.convertI64ToF64(a, o, AUTO);
            for (int i = 0; i < v.length; i++) assertEquals((double) v[i], o.getDouble(i));
            ArrayKernels.convertI64ToF64(a, a, ReleasePolicy.ALWAYS); // in place
            for (int i = 0; i < v.length; i++) assertEquals((double) v[i], a.getDouble(i));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.convertI64ToF64(a, o.sliceElements(0, 2), AUTO));
        }
    }
}
