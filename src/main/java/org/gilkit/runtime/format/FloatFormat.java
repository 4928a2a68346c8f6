package org.gilkit.runtime.format;

/**
 * {@code float.__format__}: presentation types {@code e E f F g G n %} and the empty type, which
 * is {@code repr} without a precision and {@code g} with at least one fractional digit with one
 * ({@code format(1e20, '.3') == '1e+20'}, {@code format(1.0, '') == '1.0'}). This is CPython's
 * {@code format_float_internal}; {@link IntFormat} also lands here for int values with float
 * types. Reached through {@link Format#ofFloat(double, String)}.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /** Formats {@code v} with a spec text (empty means {@code str(v)}). */
    static String format(double v, String specText) {
        if (specText.isEmpty()) {
            return FloatRepr.repr(v);
        }
        FormatSpec spec = FormatSpec.parse(specText, "float", '\0', '>');
        switch (spec.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return format(v, spec);
            default:
                throw FormatSpec.unknownCode(spec.type, "float");
        }
    }

    /** Formats {@code v} with an already validated float presentation type. */
    static String format(double v, FormatSpec spec) {
        if (spec.precision > Integer.MAX_VALUE) {
            throw FormatException.valueError("precision too big");
        }
        String text = toText(v, spec);
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        int intEnd = 0;
        while (intEnd < body.length() && body.charAt(intEnd) >= '0' && body.charAt(intEnd) <= '9') {
            intEnd++;
        }
        return NumberField.render(spec, negative, "", body.substring(0, intEnd),
                body.substring(intEnd), 3, NumberField.separator(spec));
    }

    /** The PyOS_double_to_string call of format_float_internal, with the {@code %} suffix. */
    private static String toText(double v, FormatSpec spec) {
        int flags = (spec.alternate ? DoubleText.ALT : 0) | (spec.noNegZero ? DoubleText.NO_NEG_0 : 0);
        int type = spec.type;
        int defaultPrecision = 6;
        if (type == 0) {
            flags |= DoubleText.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        } else if (type == 'n') {
            type = 'g';
        }
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            v *= 100;
        }
        int precision = (int) spec.precision;
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = DoubleText.toString(v, (char) type, precision, flags);
        return percent ? text + "%" : text;
    }
}
