package org.gilkit.runtime.format;

/**
 * Thousands grouping of an integer digit string, CPython's
 * {@code _PyUnicode_InsertThousandsGrouping}: a separator between groups of {@code size} digits
 * counted from the right, and when zero padding asks for a minimum width, the padding zeros are
 * grouped too ({@code format(1, '08,') == '0,000,001'}).
 *
 * <p>With {@code separator == 0} no separator is inserted (the C locale's empty grouping, used by
 * the {@code n} type and by plain zero padding); digits are then only left-padded with zeros.
 */
final class Grouping {
    private Grouping() {
    }

    /**
     * Groups {@code digits}.
     *
     * @param minWidth the least length of the result (zero padding), may be negative
     * @param size     digits per group (3 for decimal, 4 for {@code _} with b/o/x)
     * @param separator the separator, or 0 for none
     */
    static String group(String digits, long minWidth, int size, char separator) {
        if (separator == 0) {
            return zeroPad(digits, Math.max(minWidth, 1));
        }
        StringBuilder reversed = new StringBuilder(digits.length() + digits.length() / size + 1);
        int remaining = digits.length();
        long min = Math.max(0, minWidth);
        boolean first = true;
        while (true) {
            int len = (int) Math.min(size, Math.max(Math.max(remaining, min), 1));
            int chars = Math.max(0, Math.min(remaining, len));
            if (!first) {
                reversed.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = chars; i < len; i++) {
                reversed.append('0');
            }
            first = false;
            remaining -= chars;
            min -= len;
            if (remaining <= 0 && min <= 0) {
                break;
            }
            min -= 1;
        }
        return reversed.reverse().toString();
    }

    private static String zeroPad(String digits, long width) {
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(NumberField.checkedLength(width - digits.length())) + digits;
    }
}
