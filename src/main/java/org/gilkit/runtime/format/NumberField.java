package org.gilkit.runtime.format;

/**
 * Lays out a formatted number in its field, CPython's {@code calc_number_widths} and
 * {@code fill_number}:
 * {@code <lpadding><sign><prefix><spadding><grouped digits><rest><rpadding>}, where {@code rest}
 * is the decimal point, fraction, exponent or {@code %}, and at most one of the paddings is
 * non-empty. With fill {@code 0} and align {@code =} the width is met by zero digits inside the
 * grouping instead. Widths count code points, as Python's {@code len} does.
 */
final class NumberField {
    /**
     * Longest formatted field we build (256 Mi chars, 512 MB of UTF-16). Beyond it we raise
     * MemoryError instead of risking the JVM's OutOfMemoryError; CPython may still succeed there.
     */
    private static final long MAX_LENGTH = 1L << 28;

    private NumberField() {
    }

    /**
     * Renders one number.
     *
     * @param negative  whether the number carries a minus sign
     * @param prefix    {@code 0x}-style prefix (already upper-cased for {@code X}), or empty
     * @param digits    the integer digits to group (empty for {@code c}, {@code inf}, {@code nan})
     * @param rest      everything after the integer digits
     * @param groupSize digits per group
     * @param separator thousands separator, or 0
     */
    static String render(FormatSpec spec, boolean negative, String prefix, String digits,
                         String rest, int groupSize, char separator) {
        char sign = signChar(spec.sign, negative);
        int signLen = sign == 0 ? 0 : 1;
        long fixed = signLen + prefix.length() + rest.codePointCount(0, rest.length());
        boolean zeroFill = spec.fill == '0' && spec.align == '=';
        long minWidth = zeroFill ? spec.width - fixed : 0;
        String grouped = digits.isEmpty() ? "" : Grouping.group(digits, minWidth, groupSize, separator);
        long padding = Math.max(0, spec.width - (fixed + grouped.length()));
        checkedLength(padding + fixed + grouped.length());
        StringBuilder out = new StringBuilder();
        long left = leftPadding(spec.align, padding);
        long right = spec.align == '<' ? padding : spec.align == '^' ? padding - left : 0;
        fill(out, spec.fill, left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        fill(out, spec.fill, spec.align == '=' ? padding : 0);
        out.append(grouped).append(rest);
        fill(out, spec.fill, right);
        return out.toString();
    }

    private static long leftPadding(char align, long padding) {
        switch (align) {
            case '>':
                return padding;
            case '^':
                return padding / 2;
            default:
                return 0;
        }
    }

    private static char signChar(char option, boolean negative) {
        if (negative) {
            return '-';
        }
        return option == '+' || option == ' ' ? option : 0;
    }

    /** Appends {@code count} copies of the code point {@code fill}. */
    static void fill(StringBuilder out, int fill, long count) {
        for (long i = 0; i < count; i++) {
            out.appendCodePoint(fill);
        }
    }

    /** Returns {@code length} as an int, or raises MemoryError as CPython would for huge widths. */
    static int checkedLength(long length) {
        if (length > MAX_LENGTH) {
            throw new FormatException("MemoryError", "");
        }
        return (int) length;
    }

    /** The separator a spec asks for: none for {@code n} (the C locale groups nothing). */
    static char separator(FormatSpec spec) {
        if (spec.type == 'n') {
            return 0;
        }
        switch (spec.grouping) {
            case COMMA:
                return ',';
            case UNDERSCORE:
                return '_';
            default:
                return 0;
        }
    }
}
