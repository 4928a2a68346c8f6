package org.gilkit.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The builtin {@code round()} for floats and ints, as CPython computes it: a float is rounded
 * correctly (half to even) from its exact binary value, so {@code round(2.675, 2) == 2.67}
 * (2.675 is really 2.67499999...), and an int with negative {@code ndigits} rounds half to even
 * at a power of ten ({@code round(25, -1) == 20}).
 */
public final class Rounding {
    /** Beyond this many digits a double always rounds to itself (CPython's NDIGITS_MAX). */
    private static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
    /** Below this, a double always rounds to a signed zero (CPython's NDIGITS_MIN). */
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    private Rounding() {
    }

    /** {@code round(x, ndigits)} for a float: inf and nan round to themselves. */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double result = Double.parseDouble(r.toString());
        if (Double.isInfinite(result)) {
            throw FormatException.overflowError("rounded value too large to represent");
        }
        return result == 0.0 ? Math.copySign(0.0, x) : result;
    }

    /** {@code round(x)} for a float: the nearest int, ties to even. */
    public static BigInteger round(double x) {
        if (Double.isNaN(x)) {
            throw FormatException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatException.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(Math.rint(x)).toBigIntegerExact();
    }

    /** {@code round(v, ndigits)} for an int: v itself unless ndigits is negative. */
    public static BigInteger round(BigInteger v, long ndigits) {
        if (ndigits >= 0 || v.signum() == 0) {
            return v;
        }
        // 10^k > 2|v| means v is nearer 0 than any other multiple; skip computing a huge power.
        if (-ndigits > (long) (v.bitLength() * 0.30103) + 2) {
            return BigInteger.ZERO;
        }
        BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
        return new BigDecimal(v).divide(new BigDecimal(unit), 0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact().multiply(unit);
    }
}
