package org.gilkit.kernels.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The break-even search and rule on synthetic cost curves (exact, deterministic). */
class BreakEvenTest {
    /** 100 ns fixed + 1 ns per byte, sampled at 1 KiB and 64 KiB: a line, but a power law between. */
    private static final CostCurve LINEAR = new CostCurve(new long[] {1024, 65536}, new double[] {1124, 65636});

    @Test
    void curveInterpolatesAndExtrapolatesAsAPowerLaw() {
        CostCurve c = new CostCurve(new long[] {100, 1000, 10000}, new double[] {10, 100, 10000});
        assertEquals(10, c.timeAt(100), 1e-9);
        assertEquals(100, c.timeAt(1000), 1e-9);
        assertEquals(Math.sqrt(10) * 10, c.timeAt(316), 0.05); // slope 1 between the first two points
        assertEquals(1000, c.timeAt(3162), 1); // slope 2 after 1000
        assertEquals(1e6, c.timeAt(100_000), 1e-3); // extrapolated with the last slope
        assertEquals(1, c.timeAt(10), 1e-9); // ... and the first slope below
    }

    @Test
    void noisyCurvesNeverGetCheaperWithSize() {
        CostCurve c = new CostCurve(new long[] {1000, 2000}, new double[] {500, 400});
        assertEquals(500, c.timeAt(1500), 1e-9);
        assertEquals(500, c.timeAt(100_000), 1e-9);
    }

    @Test
    void sizeForFindsTheSmallestSizeReachingTheTarget() {
        CostCurve c = new CostCurve(new long[] {1000}, new double[] {1000}); // 1 ns per byte, one point
        assertEquals(5000, c.sizeFor(5000, 64, 1 << 20));
        assertEquals(64, c.sizeFor(10, 64, 1 << 20));
        assertEquals(-1, c.sizeFor(1e9, 64, 1 << 20));
        long s = LINEAR.sizeFor(10_000, 64, 1 << 20);
        assertTrue(LINEAR.timeAt(s) >= 10_000 && LINEAR.timeAt(s - 1) < 10_000, "smallest: " + s);
    }

    @Test
    void uncontendedBreakEvenIsWhereReleaseCostsFivePercent() {
        CostCurve c = new CostCurve(new long[] {1000}, new double[] {1000}); // 1 ns per byte
        assertEquals(2000, BreakEven.uncontended(c, 100)); // 100 ns release <= 5% of 2000 ns
        assertEquals(BreakEven.MIN_BYTES, BreakEven.uncontended(c, 0));
        assertEquals(BreakEven.NEVER, BreakEven.uncontended(new CostCurve(new long[] {1000}, new double[] {1e-6}), 100));
        assertThrows(IllegalArgumentException.class, () -> BreakEven.uncontended(c, -1));
    }

    @Test
    void contendedDurationInterpolatesBetweenSweepPoints() {
        double[] d = {1_000, 10_000, 100_000};
        assertEquals(10_000, BreakEven.contendedDuration(d, new double[] {0.9, 1.05, 1.5}), 1e-6);
        assertEquals(1_000, BreakEven.contendedDuration(d, new double[] {1.2, 1.3, 1.5}), 1e-6);
        // halfway in gain between 1.00 and 1.10 => halfway in log(duration): sqrt(1e4 * 1e5)
        assertEquals(Math.sqrt(1e9), BreakEven.contendedDuration(d, new double[] {0.9, 1.0, 1.1}), 1e-3);
        assertTrue(Double.isNaN(BreakEven.contendedDuration(d, new double[] {0.9, 1.0, 1.04})));
        assertEquals(Math.pow(10, 4.25), BreakEven.contendedDuration(d, new double[] {1.5, 1.0, 1.2}), 1e-6); // an early spike is noise
        assertTrue(Double.isNaN(BreakEven.contendedDuration(d, new double[] {1.5, 1.2, 1.0})));
        assertEquals(BreakEven.NEVER, BreakEven.contended(LINEAR, Double.NaN));
        assertEquals(100_000, BreakEven.contended(new CostCurve(new long[] {1000, 2000}, new double[] {1000, 2000}), 100_000));
        // a fixed cost makes the log-log slope < 1, so the extrapolation reaches 100 us later than a line would
        long s = BreakEven.contended(new CostCurve(new long[] {1000, 2000}, new double[] {1100, 2100}), 100_000);
        assertEquals(1000 * Math.pow(100_000 / 1100.0, Math.log(2) / Math.log(2100 / 1100.0)), s, 1.0);
    }

    @Test
    void thresholdIsTheSmallerBreakEvenThatExists() {
        assertEquals(4096, BreakEven.threshold(4096, 65536));
        assertEquals(1024, BreakEven.threshold(65536, 1024));
        assertEquals(777, BreakEven.threshold(BreakEven.NEVER, 777));
        assertEquals(888, BreakEven.threshold(888, BreakEven.NEVER));
        assertEquals(BreakEven.MAX_BYTES, BreakEven.threshold(BreakEven.NEVER, BreakEven.NEVER));
    }

    @Test
    void normalizedThroughputAddsEachThreadsShare() {
        assertEquals(1.0, BreakEven.normalizedThroughput(50, 100, 500, 1000), 1e-12);
        assertEquals(2.0, BreakEven.normalizedThroughput(100, 100, 1000, 1000), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BreakEven.normalizedThroughput(1, 0, 1, 1));
    }

    @Test
    void badCurvesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CostCurve(new long[] {}, new double[] {}));
        assertThrows(IllegalArgumentException.class, () -> new CostCurve(new long[] {2, 1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CostCurve(new long[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new CostCurve(new long[] {1}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> LINEAR.timeAt(0));
    }
}
