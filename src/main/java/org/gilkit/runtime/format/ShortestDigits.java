package org.gilkit.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Shortest round-trip digits of a positive finite double (dtoa mode 0, what {@code repr(float)}
 * prints): the fewest significant digits whose decimal reads back as the same double, and among
 * those the one nearest the exact binary value.
 *
 * <p>Java 17's {@code Double.toString} always reads back correctly but is sometimes one digit too
 * long (JDK-4511638, fixed only in JDK 19), so it serves as an upper bound on the length and a
 * fast first guess; every candidate is checked exactly against the rounding interval of
 * {@code v}, with BigDecimal arithmetic, so no floating-point parsing is trusted.
 */
final class ShortestDigits {
    private final BigDecimal exact;
    private final BigDecimal low;
    private final BigDecimal high;
    /** Round-half-even ties go to an even mantissa, so its interval includes both ends. */
    private final boolean closed;

    private ShortestDigits(double v) {
        exact = new BigDecimal(v);
        BigDecimal below = new BigDecimal(Math.nextDown(v));
        BigDecimal above = v == Double.MAX_VALUE
                ? exact.add(new BigDecimal(Math.ulp(v)))
                : new BigDecimal(Math.nextUp(v));
        low = exact.add(below).multiply(BigDecimal.valueOf(5, 1));
        high = exact.add(above).multiply(BigDecimal.valueOf(5, 1));
        closed = (Double.doubleToRawLongBits(v) & 1) == 0;
    }

    /** The shortest digits of {@code v > 0}, finite. */
    static DecimalDigits of(double v) {
        ShortestDigits s = new ShortestDigits(v);
        int n = javaDigitCount(v);
        BigDecimal best = s.nearestInInterval(n);
        while (n > 1) {
            BigDecimal shorter = s.nearestInInterval(n - 1);
            if (shorter == null) {
                break;
            }
            best = shorter;
            n--;
        }
        return DecimalDigits.of(best);
    }

    /** Significant digits in Java's (round-tripping, maybe not shortest) rendering of v. */
    private static int javaDigitCount(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String digits = mantissa.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, Math.min(17, digits.length()));
    }

    /**
     * The n-digit decimal nearest the exact value that lies in the rounding interval, or null.
     * The interval is convex around the value, so if any n-digit decimal lies in it, the nearest
     * one below or the nearest one above does.
     */
    private BigDecimal nearestInInterval(int n) {
        BigDecimal down = exact.round(new MathContext(n, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(n, RoundingMode.CEILING));
        boolean downOk = inInterval(down);
        boolean upOk = inInterval(up);
        if (downOk && upOk) {
            return exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        }
        return downOk ? down : upOk ? up : null;
    }

    private boolean inInterval(BigDecimal d) {
        int lo = d.compareTo(low);
        int hi = d.compareTo(high);
        return closed ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
    }
}
