package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ArrayKernels against plain Java loops, both implementations, and every bad argument. */
class ArrayKernelsTest {
    private static final ReleasePolicy AUTO = ReleasePolicy.AUTO;

    @AfterEach
    void restore() {
        KernelThresholds.resetAll();
    }

    private static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextDouble(-1, 1);
        return a;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 16, 17, 1023, 1025, 100_003})
    void reductionsMatchJavaLoops(int n) {
        for (boolean portable : new boolean[] {false, true}) {
            for (Kernel k : Kernel.values()) KernelThresholds.forcePortable(k, portable);
            double[] a = random(n, n), b = random(n, n + 1);
            double sum = 0, dot = 0, abs = 0;
            for (int i = 0; i < n; i++) {
                sum += a[i];
                dot += a[i] * b[i];
                abs += Math.abs(a[i]);
            }
            try (NativeBuffer x = NativeBuffer.of(a); NativeBuffer y = NativeBuffer.of(b)) {
                assertEquals(sum, ArrayKernels.sumF64(x, AUTO), 1e-12 * Math.max(1, abs));
                assertEquals(dot, ArrayKernels.dot(x, y, ReleasePolicy.ALWAYS), 1e-12 * Math.max(1, n));
                if (n > 0) {
                    int arg = 0;
                    for (int i = 1; i < n; i++) if (a[i] > a[arg]) arg = i;
                    assertEquals(a[arg], ArrayKernels.maxF64(x, AUTO));
                    assertEquals(arg, ArrayKernels.argmaxF64(x, ReleasePolicy.NEVER));
                    assertEquals(java.util.Arrays.stream(a).min().getAsDouble(), ArrayKernels.minF64(x, AUTO));
                }
            }
        }
    }

    @Test
    void elementwiseUnalignedViewsAndInPlace() {
        double[] a = random(1001, 7), b = random(1001, 8);
        try (NativeBuffer x = NativeBuffer.of(a); NativeBuffer y = NativeBuffer.of(b); NativeBuffer o = NativeBuffer.allocateElements(1001)) {
            NativeBuffer xv = x.sliceElements(1, 999), yv = y.sliceElements(1, 999), ov = o.sliceElements(1, 999);
            ArrayKernels.binaryF64(BinaryOp.SUB, xv, yv, ov, AUTO);
            for (int i = 0; i < 999; i++) assertEquals(a[i + 1] - b[i + 1], ov.getDouble(i));
            ArrayKernels.scalarF64(BinaryOp.DIV, xv, 2.0, true, ov, AUTO);
            for (int i = 0; i < 999; i++) assertEquals(2.0 / a[i + 1], ov.getDouble(i));
            ArrayKernels.binaryF64(BinaryOp.ADD, x, x, x, AUTO); // exact in place
            for (int i = 0; i < 1001; i++) assertEquals(a[i] + a[i], x.getDouble(i));
            ArrayKernels.fillF64(o, 2.0, AUTO);
            ArrayKernels.sqrt(o, o, AUTO);
            assertEquals(Math.sqrt(2.0), o.getDouble(1000));
            ArrayKernels.axpy(3.0, y, o, AUTO);
            assertEquals(Math.sqrt(2.0) + 3.0 * b[5], o.getDouble(5), 1e-15);
        }
    }

    @Test
    void int64KernelsWrapAround() {
        long[] a = {Long.MAX_VALUE, 1, -5, 7};
        try (NativeBuffer x = NativeBuffer.of(a); NativeBuffer o = NativeBuffer.allocateElements(4)) {
            assertEquals(Long.MAX_VALUE + 1 - 5 + 7, ArrayKernels.sumI64(x, AUTO));
            assertEquals(0, ArrayKernels.argmaxI64(x, AUTO));
            assertEquals(-5, ArrayKernels.minI64(x, AUTO));
            ArrayKernels.scalarI64(BinaryOp.ADD, x, 1, false, o, AUTO);
            assertEquals(Long.MIN_VALUE, o.getLong(0));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.binaryI64(BinaryOp.DIV, x, x, o, AUTO));
        }
    }

    @Test
    void matmulMatchesTripleLoop() {
        int m = 37, k = 70, n = 29;
        double[] a = random(m * k, 1), b = random(k * n, 2);
        try (NativeBuffer x = NativeBuffer.of(a); NativeBuffer y = NativeBuffer.of(b); NativeBuffer c = NativeBuffer.allocateElements(m * n)) {
            ArrayKernels.matmul(x, y, c, m, k, n, AUTO);
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
                    assertEquals(s, c.getDouble((long) i * n + j), 1e-12 * k);
                }
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.matmul(x, y, c, m, k, n + 1, AUTO));
            assertThrows(IllegalArgumentException.class, () -> ArrayKernels.matmul(x, y, x.sliceElements(0, m * n), m, k, n, AUTO));
        }
    }

    @Test
    void badArgumentsThrowBeforeC() {
        NativeBuffer a = NativeBuffer.allocateElements(4), b = NativeBuffer.allocateElements(5), odd = NativeBuffer.allocate(12);
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.sumF64(null, AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.sumF64(a, null));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.sumF64(odd, AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.sumF64(odd.slice(1, 8), AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.dot(a, b, AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.binaryF64(BinaryOp.ADD, a, a, b, AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.binaryF64(null, a, a, a, AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.binaryF64(BinaryOp.ADD, a.sliceElements(0, 3), a.sliceElements(0, 3), a.sliceElements(1, 3), AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.maxF64(NativeBuffer.allocate(0), AUTO));
        assertThrows(IllegalArgumentException.class, () -> ArrayKernels.matmul(a, a, a, -1, 2, 2, AUTO));
        NativeBuffer view = a.sliceElements(1, 2);
        a.close();
        assertTrue(view.isClosed());
        assertThrows(IllegalStateException.class, () -> ArrayKernels.sumF64(a, AUTO));
        assertThrows(IllegalStateException.class, () -> ArrayKernels.sumF64(view, AUTO));
        assertThrows(IllegalStateException.class, () -> ArrayKernels.binaryF64(BinaryOp.ADD, b, b, a, AUTO));
        b.close();
        odd.close();
    }

    @Test
    void nativeBufferBoundsAndLifecycle() {
        try (NativeBuffer a = NativeBuffer.allocate(16)) {
            assertThrows(IndexOutOfBoundsException.class, () -> a.slice(8, 9));
            assertThrows(IndexOutOfBoundsException.class, () -> a.slice(-1, 1));
            assertThrows(IndexOutOfBoundsException.class, () -> a.getDouble(2));
            assertThrows(IndexOutOfBoundsException.class, () -> a.put(15, new byte[2], 0, 2));
            assertThrows(IndexOutOfBoundsException.class, () -> a.put(0, new byte[2], 1, 2));
            assertThrows(IllegalArgumentException.class, () -> NativeBuffer.allocate(-1));
            assertThrows(IllegalArgumentException.class, () -> NativeBuffer.allocate(Long.MAX_VALUE));
            a.put(3, new byte[] {1, 2}, 0, 2);
            assertArrayEquals(new byte[] {0, 0, 0, 1, 2, 0}, a.slice(0, 6).toByteArray());
            NativeBuffer v = a.slice(4, 4);
            v.close();
            assertThrows(IllegalStateException.class, () -> v.get(0));
            assertEquals(2, a.get(4)); // closing a view leaves the root open
            a.pin("test");
            assertThrows(IllegalStateException.class, a::close); // a running kernel holds it
            a.unpin();
        }
    }

    @Test
    void thresholdsAreSettable() {
        assertEquals(KernelThresholds.defaultValue(Kernel.SUM), KernelThresholds.get(Kernel.SUM));
        KernelThresholds.set(Kernel.SUM, 123);
        assertEquals(123, KernelThresholds.get(Kernel.SUM));
        assertThrows(IllegalArgumentException.class, () -> KernelThresholds.set(Kernel.SUM, -1));
        assertThrows(IllegalArgumentException.class, () -> KernelThresholds.get(null));
        for (Kernel k : Kernel.values()) assertEquals(k.kernelName(), KernelThresholds.nativeName(k));
        KernelThresholds.forcePortable(Kernel.SUM, true);
        assertTrue(!KernelThresholds.isAccelerated(Kernel.SUM));
    }
}
