package org.gilkit.runtime.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The name part of a replacement field, {@code first(.attr|[key])*}, split as CPython's
 * {@code field_name_split} and {@code FieldNameIterator} do. {@code first} is a positional index
 * ({@link #index()} {@code >= 0}, automatic numbers already assigned) or a keyword
 * ({@link #keyword()}).
 *
 * <p>Errors are kept, not thrown, so that {@link FormatTemplate#render} raises them exactly when
 * CPython would: {@link #error()} before the first lookup, {@link #accessorError()} after the
 * {@link #accessors()} that precede the malformed one were applied.
 *
 * @param index         positional index, or -1 for a keyword
 * @param keyword       the keyword (the raw first part when it is not an integer)
 * @param accessors     the well-formed accessors, in order
 * @param error         raised before the lookup (too many digits, numbering switch), or null
 * @param accessorError raised after the accessors, or null
 */
public record FieldName(long index, String keyword, List<Accessor> accessors,
                        FormatException error, FormatException accessorError) {

    /** Splits {@code text}, numbering it with {@code numbering}. */
    static FieldName parse(String text, AutoNumbering numbering) {
        int split = firstEnd(text);
        String first = text.substring(0, split);
        List<Accessor> accessors = new ArrayList<>();
        FormatException accessorError = null;
        try {
            long idx = integer(first);
            boolean empty = first.isEmpty();
            if (empty || idx >= 0) {
                long auto = numbering.number(empty);
                idx = empty ? auto : idx;
            }
            accessorError = parseAccessors(text, split, accessors);
            return new FieldName(idx, first, Collections.unmodifiableList(accessors), null, accessorError);
        } catch (FormatException e) {
            return new FieldName(-1, first, List.of(), e, null);
        }
    }

    private static int firstEnd(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
            i++;
        }
        return i;
    }

    /** FieldNameIterator: collects accessors, returning the first error instead of throwing. */
    private static FormatException parseAccessors(String text, int pos, List<Accessor> out) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            int end;
            if (c == '.') {
                end = pos;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == pos) {
                    return emptyAttribute();
                }
                out.add(new Accessor.Attribute(text.substring(pos, end)));
                pos = end;
            } else if (c == '[') {
                end = text.indexOf(']', pos);
                if (end < 0) {
                    return FormatException.valueError("Missing ']' in format string");
                }
                if (end == pos) {
                    return emptyAttribute();
                }
                String key = text.substring(pos, end);
                try {
                    out.add(new Accessor.Item(key, integer(key)));
                } catch (FormatException e) {
                    return e;
                }
                pos = end + 1;
            } else {
                return FormatException.valueError(
                        "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return null;
    }

    private static FormatException emptyAttribute() {
        return FormatException.valueError("Empty attribute in format string");
    }

    /** CPython's get_integer: all decimal digits gives the value, anything else -1. */
    static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatException.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
