package org.gilkit.runtime.format;

import java.math.BigInteger;

/**
 * {@code int.__format__}: presentation types {@code b c d o x X n} and, through a conversion to
 * float, {@code e E f F g G %} (CPython's {@code _PyLong_FormatAdvancedWriter} and
 * {@code format_long_internal}). Reached through {@link Format#ofInt(BigInteger, String)}.
 */
final class IntFormat {
    private IntFormat() {
    }

    /** Formats {@code v} (whose Python type is {@code typeName}, e.g. int or bool) with a non-empty spec. */
    static String format(BigInteger v, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName, 'd', '>');
        switch (spec.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatInteger(v, spec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.format(toDouble(v), spec);
            default:
                throw FormatSpec.unknownCode(spec.type, typeName);
        }
    }

    /** int to float as {@code float(v)} does it: correctly rounded, OverflowError past the range. */
    static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatException.overflowError("int too large to convert to float");
        }
        return d;
    }

    private static String formatInteger(BigInteger v, FormatSpec spec) {
        if (spec.precision != -1) {
            throw FormatException.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero) {
            throw FormatException.valueError(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type == 'c') {
            return formatChar(v, spec);
        }
        int base = base(spec.type);
        String digits = v.abs().toString(base);
        String prefix = spec.alternate ? IntText.prefix(base) : "";
        if (spec.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        int groupSize = base == 10 ? 3 : 4;
        char separator = NumberField.separator(spec);
        return NumberField.render(spec, v.signum() < 0, prefix, digits, "", groupSize, separator);
    }

    private static String formatChar(BigInteger v, FormatSpec spec) {
        if (spec.sign != 0) {
            throw FormatException.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate) {
            throw FormatException.valueError(
                    "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw FormatException.overflowError("Python int too large to convert to C long");
        }
        long x = v.longValue();
        if (x < 0 || x > 0x10ffff) {
            throw FormatException.overflowError("%c arg not in range(0x110000)");
        }
        String ch = new String(Character.toChars((int) x));
        return NumberField.render(spec, false, "", "", ch, 3, (char) 0);
    }

    private static int base(int type) {
        switch (type) {
            case 'b':
                return 2;
            case 'o':
                return 8;
            case 'x':
            case 'X':
                return 16;
            default:
                return 10;
        }
    }
}
