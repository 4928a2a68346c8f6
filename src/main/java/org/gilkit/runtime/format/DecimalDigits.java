package org.gilkit.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite non-negative double, as David Gay's {@code _Py_dg_dtoa} returns
 * them to CPython: the value is {@code 0.<digits> * 10^decpt}, {@code digits} has no trailing
 * zeros, zero is {@code ("0", 1)}, and a non-zero value that rounds away entirely in fixed mode is
 * {@code ("", -ndigits)}.
 *
 * <p>The three factories are dtoa's modes 0, 2 and 3. Modes 2 and 3 round the exact binary value
 * half-to-even, which is what dtoa does ({@code format(2.5, '.0f') == '2'},
 * {@code format(0.125, '.2f') == '0.12'}). Used by {@link DoubleText}.
 *
 * @param digits significant digits without trailing zeros (possibly empty)
 * @param decpt  position of the decimal point relative to the first digit
 */
record DecimalDigits(String digits, int decpt) {

    static final DecimalDigits ZERO = new DecimalDigits("0", 1);
    /**
     * Every double is exact with this many places after the point (2^-1074 has 1074) and this
     * many significant digits (at most 767), so larger requests are clamped: the digits are the
     * same and the layout pads the zeros, which keeps {@code '%.100000000f'} cheap.
     */
    private static final int EXACT_PLACES = 1080;
    private static final int EXACT_DIGITS = 800;

    /** dtoa mode 0: the shortest digits that read back as {@code v} (see {@link ShortestDigits}). */
    static DecimalDigits shortest(double v) {
        return v == 0.0 ? ZERO : ShortestDigits.of(Math.abs(v));
    }

    /** dtoa mode 2: {@code n >= 1} significant digits, correctly rounded half-to-even. */
    static DecimalDigits significant(double v, int n) {
        if (v == 0.0) {
            return ZERO;
        }
        MathContext mc = new MathContext(Math.min(n, EXACT_DIGITS), RoundingMode.HALF_EVEN);
        BigDecimal r = new BigDecimal(Math.abs(v)).round(mc);
        return of(r);
    }

    /** dtoa mode 3: rounded half-to-even to {@code ndigits} places after the decimal point. */
    static DecimalDigits fixed(double v, int ndigits) {
        if (v == 0.0) {
            return ZERO;
        }
        int places = Math.min(ndigits, EXACT_PLACES);
        BigDecimal r = new BigDecimal(Math.abs(v)).setScale(places, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new DecimalDigits("", -ndigits);
        }
        return of(r);
    }

    /** The digits of a positive decimal, trailing zeros stripped. */
    static DecimalDigits of(BigDecimal positive) {
        String s = positive.unscaledValue().toString();
        int decpt = s.length() - positive.scale();
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(s.substring(0, end), decpt);
    }
}
