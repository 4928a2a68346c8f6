package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user-kernel registry and facade, through the two worked examples (mandelbrot, histogram):
 * schemas read from C, known answers (from CPython and NumPy, see the C tests for the scripts),
 * output allocation, and every argument check with its message, before C runs.
 */
class ExtKernelsTest {
    private static final ExtKernel MANDEL = ExtKernels.get("mandelbrot");
    private static final ExtKernel HIST = ExtKernels.get("histogram");

    private static Object[] view(int width, int height, int row0, int rows, int maxIter, Object counts) {
        return new Object[] {width, height, row0, rows, maxIter, -2.2, 0.8, -1.2, 1.2, counts};
    }

    private static long sum(NativeBuffer b) {
        long s = 0;
        for (long i = 0; i < b.elementCount(); i++) s += b.getLong(i);
        return s;
    }

    @Test
    void registryListsTheExamplesWithTheirSchemas() {
        assertTrue(ExtKernels.names().containsAll(List.of("histogram", "mandelbrot")), ExtKernels.names().toString());
        List<ExtParam> p = HIST.params();
        assertEquals(List.of("x", "bins", "lo", "hi", "counts"), p.stream().map(ExtParam::name).toList());
        assertEquals(List.of(ExtParam.Kind.IN, ExtParam.Kind.INT, ExtParam.Kind.FLOAT, ExtParam.Kind.FLOAT, ExtParam.Kind.OUT),
                p.stream().map(ExtParam::kind).toList());
        assertEquals(ExtParam.Dtype.F64, p.get(0).dtype());
        assertEquals(ExtParam.Dtype.I64, p.get(4).dtype());
        assertEquals("bins", p.get(4).sizeRule());
        assertEquals(1, p.get(1).min());
        assertEquals(1 << 24, p.get(1).max());
        assertTrue(p.get(4).isOptional());
        assertEquals("width*rows*max_iter", MANDEL.workRule());
        assertEquals("", HIST.workRule());
        assertEquals("histogram(x, bins, lo, hi, *, counts=None, policy='auto')", HIST.signature());
        assertEquals(List.of("counts"), MANDEL.outputs().stream().map(ExtParam::name).toList());
    }

    @Test
    void helpListsSignatureParametersAndOutputs() {
        HIST.setThreshold(HIST.defaultThreshold());
        assertEquals("""
                histogram(x, bins, lo, hi, *, counts=None, policy='auto')

                counts of x in bins equal-width bins over [lo, hi], as numpy.histogram(x, bins, (lo, hi))[0]

                  x: in float64[]: the values
                  bins: int in [1, 16777216]: number of equal-width bins
                  lo: float: lower edge of the first bin
                  hi: float: upper edge of the last bin (included), > lo
                  counts: out int64[bins]: values per bin
                  policy: 'auto' releases the GIL when the work (bytes of all buffers) reaches 65536, 'always', or 'never' (hold mode)

                Returns counts.""", HIST.help());
    }

    @Test
    void unknownNamesAreClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtKernels.get("nope"));
        assertTrue(e.getMessage().contains("no user kernel named 'nope'") && e.getMessage().contains("mandelbrot"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HIST.param("y"));
        assertEquals("ext kernel 'histogram': has no parameter 'y' (parameters: x, bins, lo, hi, counts)", e.getMessage());
    }

    @Test
    void mandelbrotMatchesCPython() {
        for (ReleasePolicy policy : ReleasePolicy.values()) {
            try (NativeBuffer whole = MANDEL.call(policy, view(200, 100, 0, 100, 200, null)).get(0)) {
                assertEquals(200 * 100 * 8, whole.byteSize());
                assertEquals(948790, sum(whole));
                assertEquals(200, whole.getLong(50 * 200 + 100));
            }
        }
        try (NativeBuffer band = NativeBuffer.allocateElements(200 * 20)) {
            assertSame(band, MANDEL.call(ReleasePolicy.AUTO, view(200, 100, 37, 20, 200, band)).get(0));
            assertEquals(421781, sum(band));
        }
    }

    @Test
    void histogramMatchesNumPy() {
        double[] x = new double[1008];
        for (int i = 0; i < 1001; i++) x[i] = ((i * 7919) % 1000) / 100.0 - 1.0;
        double[] tail = {0.0, 8.0, -1.0, 9.0, 7.999999999999999, 8.000000000000002, -0.5};
        System.arraycopy(tail, 0, x, 1001, tail.length);
        try (NativeBuffer xb = NativeBuffer.of(x);
                NativeBuffer c10 = HIST.call(ReleasePolicy.AUTO, xb, 10, 0.0, 8.0, null).get(0);
                NativeBuffer c3 = HIST.call(ReleasePolicy.ALWAYS, xb, 3, 0.1, 0.7, null).get(0)) {
            assertArrayEquals(new long[] {81, 80, 81, 79, 80, 81, 80, 79, 81, 82}, longs(c10));
            assertArrayEquals(new long[] {20, 20, 21}, longs(c3));
        }
    }

    private static long[] longs(NativeBuffer b) {
        long[] out = new long[(int) b.elementCount()];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong(i);
        return out;
    }

    private static String refused(ExtKernel k, Object... args) {
        return assertThrows(IllegalArgumentException.class, () -> k.call(ReleasePolicy.AUTO, args)).getMessage();
    }

    @Test
    void scalarsAreChecked() {
        assertEquals("ext kernel 'mandelbrot': parameter 'width' must be in [1, 16384], got 0", refused(MANDEL, view(0, 10, 0, 10, 10, null)));
        assertEquals("ext kernel 'mandelbrot': parameter 'max_iter' must be an int, got Double 10.0",
                refused(MANDEL, 10, 10, 0, 10, 10.0, -2.0, 1.0, -1.0, 1.0, null));
        assertEquals("ext kernel 'mandelbrot': parameter 'x_min' must be a float, got String a",
                refused(MANDEL, 10, 10, 0, 10, 10, "a", 1.0, -1.0, 1.0, null));
        assertEquals("ext kernel 'mandelbrot': parameter 'y_max' must be finite, got NaN",
                refused(MANDEL, 10, 10, 0, 10, 10, -2, 1, -1, Double.NaN, null));
        assertEquals("ext kernel 'mandelbrot': takes 10 arguments (width, height, row0, rows, max_iter, x_min, x_max, y_min, y_max, counts), got 2",
                refused(MANDEL, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> MANDEL.call(null, view(10, 10, 0, 10, 10, null)));
    }

    @Test
    void buffersAreChecked() {
        try (NativeBuffer x = NativeBuffer.allocateElements(16); NativeBuffer c = NativeBuffer.allocateElements(4)) {
            assertEquals("ext kernel 'histogram': buffer 'counts' must have bins = 5 elements, got 4", refused(HIST, x, 5, 0.0, 1.0, c));
            assertEquals("ext kernel 'histogram': buffer 'x' is required, got null", refused(HIST, null, 4, 0.0, 1.0, c));
            assertTrue(refused(HIST, new double[4], 4, 0.0, 1.0, c).startsWith("ext kernel 'histogram': parameter 'x' must be a NativeBuffer, got double[]"));
            assertEquals("ext kernel 'histogram': buffer 'x' is not 8-byte aligned", refused(HIST, x.slice(4, 64), 4, 0.0, 1.0, c));
            assertEquals("ext kernel 'histogram': buffer 'x' holds 12 bytes, not a whole number of float64 elements",
                    refused(HIST, x.slice(0, 12), 4, 0.0, 1.0, c));
            assertEquals("ext kernel 'histogram': output buffer 'counts' overlaps buffer 'x'", refused(HIST, x, 4, 0.0, 1.0, x.sliceElements(8, 4)));
            NativeBuffer closed = NativeBuffer.allocateElements(4);
            closed.close();
            assertEquals("ext kernel 'histogram': buffer 'counts' is closed", refused(HIST, x, 4, 0.0, 1.0, closed));
        }
    }

    @Test
    void kernelErrorsBecomeIllegalArgumentWithTheKernelsMessage() {
        assertEquals("ext kernel 'mandelbrot': row0 + rows = 26 exceeds height = 16", refused(MANDEL, 16, 16, 10, 16, 10, -2.0, 1.0, -1.0, 1.0, null));
        try (NativeBuffer x = NativeBuffer.of(new double[] {0.5, 1.5, Double.NaN, 2.5})) {
            assertEquals("ext kernel 'histogram': x[2] is NaN", refused(HIST, x, 4, 0.0, 4.0, null));
            assertTrue(refused(HIST, x, 4, 1.0, 1.0, null).startsWith("ext kernel 'histogram': max must be larger than min"));
        }
    }

    @Test
    void thresholdsCanBeSetAndRestored() {
        assertEquals(50000, MANDEL.defaultThreshold());
        try {
            MANDEL.setThreshold(123);
            assertEquals(123, MANDEL.threshold());
            assertThrows(IllegalArgumentException.class, () -> MANDEL.setThreshold(-1));
        } finally {
            MANDEL.setThreshold(MANDEL.defaultThreshold());
        }
        assertEquals(50000, MANDEL.threshold());
    }
}
