package org.gilkit.modules.numpy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.gilkit.runtime.format.FloatRepr;

/**
 * NumPy's FloatingFormat (numpy/_core/arrayprint.py, default options: precision 8, floatmode
 * 'maxprec', no suppression) for one array: decides between positional and scientific notation
 * from the finite non-zero values (scientific when the largest is >= 1e8, the smallest < 1e-4,
 * or their ratio > 1000), then pads every element to common widths so columns align.
 *
 * <p>Digits are Dragon4's "unique" digits with a cutoff: the shortest round-trip digits
 * ({@link FloatRepr}, what repr(float) prints) when they fit the precision, else the exact
 * binary value rounded half-even at the cutoff, which is what Dragon4 does when it stops
 * before the digits are unique. Positional strings keep the point and drop trailing zeros
 * ("1.", "0.5"); scientific mantissas are zero-padded to the widest one ("1.5e+00").
 */
final class FloatFormatter {
    private static final int PRECISION = 8;

    private final boolean exp;
    private final int padLeft;
    private final int padRight;
    private final int precision; // scientific: fractional digits of every mantissa
    private final int expSize;   // scientific: exponent digits

    /** Digits of one value: sign and integer part, fractional part, decimal exponent (scientific). */
    private record Parts(String intPart, String frac, int exponent) {}

    FloatFormatter(double[] data) {
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        boolean anyFinite = false, anyNonFinite = false, negInf = false;
        for (double x : data) {
            if (!Double.isFinite(x)) {
                anyNonFinite = true;
                negInf |= x == Double.NEGATIVE_INFINITY;
                continue;
            }
            anyFinite = true;
            double ax = Math.abs(x);
            if (ax != 0) {
                maxAbs = Math.max(maxAbs, ax);
                minAbs = Math.min(minAbs, ax);
            }
        }
        exp = maxAbs != 0 && (maxAbs >= 1e8 || minAbs < 0.0001 || maxAbs / minAbs > 1000.0);
        int left = 0, right = 0, prec = 0, esize = -1;
        if (anyFinite) {
            for (double x : data) {
                if (!Double.isFinite(x)) continue;
                Parts p = exp ? scientific(x) : positional(x);
                left = Math.max(left, p.intPart.length());
                prec = Math.max(prec, p.frac.length());
                if (exp) esize = Math.max(esize, Math.max(2, digits(p.exponent)));
            }
            right = exp ? esize + 2 + prec : prec;
        }
        if (anyNonFinite) {
            int offset = right + 1;
            left = Math.max(left, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
        }
        padLeft = left;
        padRight = right;
        precision = prec;
        expSize = esize;
    }

    /** One element, padded to the array's widths. */
    String format(double x) {
        if (!Double.isFinite(x)) {
            String r = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - r.length())) + r;
        }
        if (exp) {
            Parts p = scientific(x);
            String e = Integer.toString(Math.abs(p.exponent));
            return pad(p.intPart, padLeft) + "." + p.frac + "0".repeat(precision - p.frac.length())
                    + "e" + (p.exponent < 0 ? "-" : "+") + "0".repeat(Math.max(0, expSize - e.length())) + e;
        }
        Parts p = positional(x);
        return pad(p.intPart, padLeft) + "." + p.frac + " ".repeat(padRight - p.frac.length());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static int digits(int e) {
        return Integer.toString(Math.abs(e)).length();
    }

    /** Positional digits with at most PRECISION fractional digits, trailing zeros trimmed. */
    private static Parts positional(double x) {
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        BigDecimal d = shortest(Math.abs(x));
        if (d.scale() > PRECISION) d = new BigDecimal(Math.abs(x)).setScale(PRECISION, RoundingMode.HALF_EVEN);
        d = strip(d);
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        return dot < 0 ? new Parts(sign + plain, "", 0) : new Parts(sign + plain.substring(0, dot), plain.substring(dot + 1), 0);
    }

    /** Scientific digits with at most PRECISION digits after the first, trailing zeros trimmed. */
    private static Parts scientific(double x) {
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0) return new Parts(sign + "0", "", 0);
        BigDecimal d = shortest(Math.abs(x));
        if (d.precision() > PRECISION + 1) d = new BigDecimal(Math.abs(x)).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
        d = d.stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        return new Parts(sign + digits.charAt(0), digits.substring(1), exponent);
    }

    /** The shortest round-trip decimal of a finite {@code v >= 0}, as repr(float) prints it. */
    static BigDecimal shortest(double v) {
        return new BigDecimal(FloatRepr.repr(v));
    }

    private static BigDecimal strip(BigDecimal d) {
        if (d.signum() == 0) return BigDecimal.ZERO;
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
