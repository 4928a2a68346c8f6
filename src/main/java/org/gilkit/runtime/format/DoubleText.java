package org.gilkit.runtime.format;

/**
 * CPython's {@code PyOS_double_to_string}: a double rendered with one of the codes
 * {@code e E f F g G r} and a precision, plus flags. Every float output in this package (repr,
 * {@code format()}, {@code %}-formatting, {@code round()}) goes through here, so the digit layout
 * rules of {@code format_float_short} live in exactly one place.
 *
 * <p>Infinities are {@code inf}/{@code -inf} ({@code INF} for upper-case codes); a NaN never
 * carries a sign here (callers that honour a sign flag add it themselves, as CPython's
 * formatters do).
 */
final class DoubleText {
    /** Always write a sign ({@code Py_DTSF_SIGN}). */
    static final int SIGN = 1;
    /** Append {@code .0} to an integral result without exponent ({@code Py_DTSF_ADD_DOT_0}). */
    static final int ADD_DOT_0 = 2;
    /** Alternate form: keep the decimal point and trailing zeros ({@code Py_DTSF_ALT}). */
    static final int ALT = 4;
    /** Print negative zero as zero ({@code Py_DTSF_NO_NEG_0}, the {@code z} option). */
    static final int NO_NEG_0 = 8;

    private DoubleText() {
    }

    /**
     * Renders {@code v}.
     *
     * @param code      one of {@code e E f F g G r}
     * @param precision digits after the point ({@code e f}) or significant digits ({@code g});
     *                  must be 0 for {@code r}
     * @param flags     a combination of {@link #SIGN}, {@link #ADD_DOT_0}, {@link #ALT},
     *                  {@link #NO_NEG_0}
     */
    static String toString(double v, char code, int precision, int flags) {
        boolean upper = Character.isUpperCase(code);
        char lower = Character.toLowerCase(code);
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (!Double.isFinite(v)) {
            return special(v, negative, upper, flags);
        }
        DecimalDigits d = digits(v, lower, precision);
        if ((flags & NO_NEG_0) != 0 && isZero(d)) {
            negative = false;
        }
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        } else if ((flags & SIGN) != 0) {
            out.append('+');
        }
        new Layout(d, lower, precision, flags).appendTo(out, upper ? 'E' : 'e');
        return out.toString();
    }

    private static boolean isZero(DecimalDigits d) {
        return d.digits().isEmpty() || d.digits().equals("0");
    }

    private static String special(double v, boolean negative, boolean upper, int flags) {
        if (Double.isNaN(v)) {
            return upper ? "NAN" : "nan";
        }
        String inf = upper ? "INF" : "inf";
        return negative ? "-" + inf : (flags & SIGN) != 0 ? "+" + inf : inf;
    }

    /** The dtoa call of PyOS_double_to_string: mode 0 for r, 2 for e and g, 3 for f. */
    private static DecimalDigits digits(double v, char code, int precision) {
        switch (code) {
            case 'r':
                return DecimalDigits.shortest(v);
            case 'e':
                return DecimalDigits.significant(v, (int) Math.min(precision + 1L, Integer.MAX_VALUE));
            case 'g':
                return DecimalDigits.significant(v, Math.max(1, precision));
            case 'f':
                return DecimalDigits.fixed(v, precision);
            default:
                throw new IllegalArgumentException("format code " + code);
        }
    }

    /**
     * The slice of the "virtual digit string" (digits padded with zeros on both sides) that
     * format_float_short writes, with the decimal point and optional exponent.
     */
    private static final class Layout {
        private final String digits;
        private int decpt;
        private boolean useExp;
        private int exp;
        private final int vStart;
        /** Long: {@code decpt + precision} may pass Integer.MAX_VALUE (MemoryError below). */
        private final long vEnd;
        private final boolean alt;

        Layout(DecimalDigits d, char code, int precision, int flags) {
            digits = d.digits();
            decpt = d.decpt();
            alt = (flags & ALT) != 0;
            boolean addDot0 = (flags & ADD_DOT_0) != 0;
            long end = initialEnd(code, precision, addDot0);
            if (useExp) {
                exp = decpt - 1;
                decpt = 1;
            }
            vStart = decpt <= 0 ? decpt - 1 : 0;
            long minEnd = !useExp && addDot0 ? decpt + 1L : decpt;
            vEnd = Math.max(end, minEnd);
        }

        private long initialEnd(char code, int precision, boolean addDot0) {
            int p = code == 'g' ? Math.max(1, precision) : precision;
            switch (code) {
                case 'e':
                    useExp = true;
                    return p + 1L;
                case 'f':
                    return (long) decpt + p;
                case 'g':
                    useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
                    return alt ? p : digits.length();
                default:
                    useExp = decpt <= -4 || decpt > 16;
                    return digits.length();
            }
        }

        void appendTo(StringBuilder out, char e) {
            NumberField.checkedLength(vEnd - vStart + 8);
            int n = digits.length();
            if (decpt <= 0) {
                zeros(out, decpt - vStart).append('.');
                zeros(out, -decpt);
            } else {
                zeros(out, -vStart);
            }
            if (0 < decpt && decpt <= n) {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, n);
            } else {
                out.append(digits);
            }
            if (n < decpt) {
                zeros(out, decpt - n).append('.');
                zeros(out, vEnd - decpt);
            } else {
                zeros(out, vEnd - n);
            }
            if (out.charAt(out.length() - 1) == '.' && !alt) {
                out.setLength(out.length() - 1);
            }
            if (useExp) {
                appendExponent(out, e);
            }
        }

        private void appendExponent(StringBuilder out, char e) {
            out.append(e).append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                out.append('0');
            }
            out.append(a);
        }

        private static StringBuilder zeros(StringBuilder out, long count) {
            for (long i = 0; i < count; i++) {
                out.append('0');
            }
            return out;
        }
    }
}
