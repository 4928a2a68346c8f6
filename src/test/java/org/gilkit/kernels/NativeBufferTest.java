package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** NativeBuffer's element and bulk accessors, on roots and views, and their bounds. */
class NativeBufferTest {
    @Test
    void bulkAndSingleAccessorsAgreeOnViews() {
        SplittableRandom r = new SplittableRandom(11);
        double[] d = r.doubles(100).toArray();
        long[] l = r.longs(100).toArray();
        try (NativeBuffer b = NativeBuffer.allocateElements(203)) {
            NativeBuffer v = b.sliceElements(3, 200);
            v.putDoubles(0, d, 0, 100);
            v.putLongs(100, l, 0, 100);
            for (int i = 0; i < 100; i++) {
                assertEquals(d[i], v.getDouble(i));
                assertEquals(l[i], v.getLong(100 + i));
                assertEquals(d[i], b.getDouble(3 + i), "the view writes into its root");
            }
            double[] d2 = new double[102];
            v.getDoubles(0, d2, 1, 100);
            assertArrayEquals(d, java.util.Arrays.copyOfRange(d2, 1, 101));
            long[] l2 = new long[100];
            v.getLongs(100, l2, 0, 100);
            assertArrayEquals(l, l2);
            v.putDouble(7, -0.0);
            assertEquals(Double.doubleToRawLongBits(-0.0), v.getLong(7));
            v.put(0, (byte) 0x7f);
            assertEquals((byte) 0x7f, b.get(24));
            try (NativeBuffer c = NativeBuffer.of(d)) {
                assertArrayEquals(d, c.toDoubleArray());
            }
        }
    }

    @Test
    void bulkAccessorsCheckTheirRanges() {
        try (NativeBuffer b = NativeBuffer.allocateElements(4)) {
            assertThrows(IndexOutOfBoundsException.class, () -> b.putDoubles(3, new double[2], 0, 2));
            assertThrows(IndexOutOfBoundsException.class, () -> b.getLongs(-1, new long[1], 0, 1));
            assertThrows(IndexOutOfBoundsException.class, () -> b.getDoubles(0, new double[1], 0, 2));
            assertThrows(IndexOutOfBoundsException.class, () -> b.putLongs(0, new long[3], 2, 2));
            assertThrows(IllegalArgumentException.class, () -> b.putLongs(0, null, 0, 0));
            b.putDoubles(4, new double[0], 0, 0); // an empty range at the end is fine
            b.close();
            assertThrows(IllegalStateException.class, () -> b.getDoubles(0, new double[1], 0, 1));
            assertThrows(IllegalStateException.class, () -> b.getDouble(0));
        }
    }
}
