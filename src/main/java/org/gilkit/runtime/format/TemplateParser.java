package org.gilkit.runtime.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a format string into {@link FormatTemplate} parts, CPython's {@code MarkupIterator} and
 * {@code parse_field}, with their error messages. The first error ends the template as a
 * {@link FormatTemplate.Failure}.
 */
final class TemplateParser {
    private final String s;
    private final AutoNumbering numbering;
    private final int depth;
    private final List<FormatTemplate.Part> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private int pos;

    private TemplateParser(String s, AutoNumbering numbering, int depth) {
        this.s = s;
        this.numbering = numbering;
        this.depth = depth;
    }

    /** Parses {@code s}; {@code depth} 0 means nesting went too deep. */
    static FormatTemplate parse(String s, AutoNumbering numbering, int depth) {
        if (depth <= 0) {
            FormatException e = FormatException.valueError("Max string recursion exceeded");
            return new FormatTemplate(List.of(new FormatTemplate.Failure(e)));
        }
        TemplateParser p = new TemplateParser(s, numbering, depth);
        try {
            p.run();
        } catch (FormatException e) {
            p.flushLiteral();
            p.parts.add(new FormatTemplate.Failure(e));
        }
        return new FormatTemplate(p.parts);
    }

    private void run() {
        while (pos < s.length()) {
            if (literalUpToMarkup()) {
                flushLiteral();
                parts.add(field());
            }
        }
        flushLiteral();
    }

    /**
     * Copies text up to the next brace; returns true when a field follows. Doubled braces are
     * copied as one; a lone {@code '}'} or a {@code '{'} at the very end is an error.
     */
    private boolean literalUpToMarkup() {
        int start = pos;
        char c = 0;
        boolean markup = false;
        while (pos < s.length()) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = pos >= s.length();
        if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
            throw FormatException.valueError("Single '}' encountered in format string");
        }
        if (markup && atEnd) {
            throw FormatException.valueError("Single '{' encountered in format string");
        }
        if (markup && s.charAt(pos) == c) {
            pos++;
            literal.append(s, start, pos - 1);
            return false;
        }
        literal.append(s, start, markup ? pos - 1 : pos);
        return markup;
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            parts.add(new FormatTemplate.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    /** parse_field: name, optional {@code !c}, optional {@code :spec}, up to the closing brace. */
    private FormatTemplate.Field field() {
        int nameStart = pos;
        char c = scanName();
        String nameText = s.substring(nameStart, pos - 1);
        if (c == '}') {
            return makeField(nameText, 0, "", false);
        }
        if (c != '!' && c != ':') {
            throw FormatException.valueError("expected '}' before end of string");
        }
        int conversion = 0;
        if (c == '!') {
            conversion = conversion();
            if (closedAfterConversion()) {
                return makeField(nameText, conversion, "", false);
            }
        }
        return specAndClose(nameText, conversion);
    }

    /** Advances past the field name and returns the character that ended it (0 at the end). */
    private char scanName() {
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            switch (c) {
                case '{':
                    throw FormatException.valueError("unexpected '{' in field name");
                case '[':
                    while (pos < s.length() && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                case '}':
                case ':':
                case '!':
                    return c;
                default:
                    continue;
            }
        }
        pos++;
        return 0;
    }

    /** The conversion character after {@code !} (0, like none, if it is a NUL). */
    private int conversion() {
        if (pos >= s.length()) {
            throw FormatException.valueError("end of string while looking for conversion specifier");
        }
        int conv = s.codePointAt(pos);
        pos += Character.charCount(conv);
        return conv;
    }

    /**
     * After a conversion: true if the field closes, false if a spec follows (or the string ends,
     * which the spec scan then reports as an unmatched brace).
     */
    private boolean closedAfterConversion() {
        if (pos >= s.length()) {
            return false;
        }
        char c = s.charAt(pos++);
        if (c == '}') {
            return true;
        }
        if (c != ':') {
            throw FormatException.valueError("expected ':' after conversion specifier");
        }
        return false;
    }

    /** The spec up to the matching {@code '}'}, counting nested braces. */
    private FormatTemplate.Field specAndClose(String nameText, int conversion) {
        int start = pos;
        int count = 1;
        boolean nested = false;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '{') {
                nested = true;
                count++;
            } else if (c == '}' && --count == 0) {
                return makeField(nameText, conversion, s.substring(start, pos - 1), nested);
            }
        }
        throw FormatException.valueError("unmatched '{' in format spec");
    }

    private FormatTemplate.Field makeField(String nameText, int conversion, String spec, boolean nested) {
        FieldName name = FieldName.parse(nameText, numbering);
        FormatTemplate specTemplate = nested ? parse(spec, numbering, depth - 1) : null;
        return new FormatTemplate.Field(name, conversion, spec, specTemplate);
    }
}
