package org.gilkit.runtime.format;

/**
 * {@code str.__format__}: the {@code s} type with fill, alignment ({@code <} by default, no
 * {@code =}), width and precision as a maximum length, all counted in code points (CPython's
 * {@code format_string_internal}). Reached through {@link Format#ofStr(String, String)}.
 */
final class StrFormat {
    private StrFormat() {
    }

    /** Formats {@code s} (of Python type {@code typeName}) with a spec text (empty means s). */
    static String format(String s, String specText, String typeName) {
        if (specText.isEmpty()) {
            return s;
        }
        FormatSpec spec = FormatSpec.parse(specText, typeName, 's', '<');
        if (spec.type != 's') {
            throw FormatSpec.unknownCode(spec.type, typeName);
        }
        check(spec);
        String text = truncate(s, spec.precision);
        return pad(text, spec.width, spec.align, spec.fill);
    }

    private static void check(FormatSpec spec) {
        if (spec.sign == ' ') {
            throw FormatException.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign != 0) {
            throw FormatException.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero) {
            throw FormatException.valueError(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw FormatException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw FormatException.valueError("'=' alignment not allowed in string format specifier");
        }
    }

    /** The first {@code precision} code points of s (all of s when precision is -1). */
    static String truncate(String s, long precision) {
        if (precision < 0 || precision >= s.codePointCount(0, s.length())) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, (int) precision));
    }

    /** CPython's calc_padding + fill_padding: pads text to width code points. */
    static String pad(String text, long width, char align, int fill) {
        long len = text.codePointCount(0, text.length());
        if (width <= len) {
            return text;
        }
        long padding = width - len;
        NumberField.checkedLength(width);
        long left = align == '>' ? padding : align == '^' ? padding / 2 : 0;
        StringBuilder out = new StringBuilder();
        NumberField.fill(out, fill, left);
        out.append(text);
        NumberField.fill(out, fill, padding - left);
        return out.toString();
    }
}
