package org.gilkit.runtime.format;

/**
 * A parsed format specification,
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, exactly as CPython
 * 3.11's {@code parse_internal_render_format_spec} reads it (including its error messages).
 *
 * <p>Code points, not UTF-16 units: {@link #fill()} and {@link #type()} are code points, and
 * width digits may be any Unicode decimal digits. {@link #type()} is 0 when omitted and
 * {@link #align()} is 0 when the spec leaves it to the type's default. Built by
 * {@link #parse(String, String, char, char)}; consumed by {@link IntFormat}, {@link FloatFormat}
 * and {@link StrFormat}, and by the object layer for types with their own {@code __format__}.
 */
public final class FormatSpec {
    /** The thousands separator requested by {@code ,} or {@code _}. */
    public enum Grouping { NONE, COMMA, UNDERSCORE }

    final int fill;
    final char align;
    final char sign;
    final boolean noNegZero;
    final boolean alternate;
    final long width;
    final Grouping grouping;
    final long precision;
    final int type;

    private FormatSpec(Parser p) {
        fill = p.fill;
        align = p.align;
        sign = p.sign;
        noNegZero = p.noNegZero;
        alternate = p.alternate;
        width = p.width;
        grouping = p.grouping;
        precision = p.precision;
        type = p.type;
    }

    /**
     * Parses {@code spec} for an object of Python type {@code typeName}.
     *
     * @param defaultType  the type code when the spec has none ({@code 'd'} for int, {@code 's'}
     *                     for str, {@code '\0'} for float)
     * @param defaultAlign {@code '>'} for numbers, {@code '<'} for strings; a leading {@code 0}
     *                     selects {@code '='} only when this is {@code '>'}
     * @throws FormatException ValueError with CPython's message for a malformed spec
     */
    public static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        Parser p = new Parser(spec, typeName, defaultType, defaultAlign);
        p.run();
        return new FormatSpec(p);
    }

    /** The fill code point ({@code ' '} unless given or implied by a leading {@code 0}). */
    public int fill() {
        return fill;
    }

    /** One of {@code < > = ^}, after defaults were applied. */
    public char align() {
        return align;
    }

    /** {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent. */
    public char sign() {
        return sign;
    }

    /** The {@code z} option. */
    public boolean noNegZero() {
        return noNegZero;
    }

    /** The {@code #} option. */
    public boolean alternate() {
        return alternate;
    }

    /** The minimum width, or -1. */
    public long width() {
        return width;
    }

    /** The thousands separator option. */
    public Grouping grouping() {
        return grouping;
    }

    /** The precision, or -1. */
    public long precision() {
        return precision;
    }

    /** The presentation type code point, or 0 when neither given nor defaulted. */
    public int type() {
        return type;
    }

    /** The left-to-right reader of one spec. */
    private static final class Parser {
        private final String spec;
        private final String typeName;
        private final char defaultAlign;
        private int pos;
        int fill = ' ';
        char align;
        char sign;
        boolean noNegZero;
        boolean alternate;
        long width = -1;
        Grouping grouping = Grouping.NONE;
        long precision = -1;
        int type;

        Parser(String spec, String typeName, char defaultType, char defaultAlign) {
            this.spec = spec;
            this.typeName = typeName;
            this.defaultAlign = defaultAlign;
            this.align = defaultAlign;
            this.type = defaultType;
        }

        void run() {
            boolean fillGiven = parseFillAlign();
            if (peekIs(' ') || peekIs('+') || peekIs('-')) {
                sign = (char) next();
            }
            noNegZero = skip('z');
            alternate = skip('#');
            if (!fillGiven && peekIs('0')) {
                next();
                fill = '0';
                if (!alignGiven && defaultAlign == '>') {
                    align = '=';
                }
            }
            width = integer(-1);
            parseGrouping();
            parsePrecision();
            parseType();
            checkGroupingType();
        }

        private boolean alignGiven;

        /** Returns whether an explicit fill character was given. */
        private boolean parseFillAlign() {
            if (remaining() >= 2) {
                int first = spec.codePointAt(pos);
                int second = spec.codePointAt(pos + Character.charCount(first));
                if (isAlign(second)) {
                    fill = first;
                    align = (char) second;
                    alignGiven = true;
                    pos += Character.charCount(first) + 1;
                    return true;
                }
            }
            if (remaining() >= 1 && isAlign(spec.codePointAt(pos))) {
                align = (char) next();
                alignGiven = true;
            }
            return false;
        }

        private void parseGrouping() {
            if (skip(',')) {
                grouping = Grouping.COMMA;
            }
            if (skip('_')) {
                if (grouping != Grouping.NONE) {
                    throw bothSeparators();
                }
                grouping = Grouping.UNDERSCORE;
            }
            if (peekIs(',') && grouping == Grouping.UNDERSCORE) {
                throw bothSeparators();
            }
        }

        private void parsePrecision() {
            if (skip('.')) {
                int start = pos;
                precision = integer(-1);
                if (pos == start) {
                    throw FormatException.valueError("Format specifier missing precision");
                }
            }
        }

        private void parseType() {
            if (remaining() > 1) {
                throw FormatException.valueError("Invalid format specifier '" + spec
                        + "' for object of type '" + typeName + "'");
            }
            if (remaining() == 1) {
                type = next();
            }
        }

        /** PEP 378 and PEP 515: which presentation types accept a thousands separator. */
        private void checkGroupingType() {
            if (grouping == Grouping.NONE) {
                return;
            }
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    return;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == Grouping.UNDERSCORE) {
                        return;
                    }
                    break;
                default:
                    break;
            }
            char sep = grouping == Grouping.COMMA ? ',' : '_';
            throw FormatException.valueError("Cannot specify '" + sep + "' with " + quoteCode(type) + ".");
        }

        /** get_integer: decimal digits, or {@code absent} when there are none. */
        private long integer(long absent) {
            long acc = 0;
            int digits = 0;
            while (pos < spec.length()) {
                int cp = spec.codePointAt(pos);
                int d = Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
                if (d < 0) {
                    break;
                }
                if (acc > (Long.MAX_VALUE - d) / 10) {
                    throw FormatException.valueError("Too many decimal digits in format string");
                }
                acc = acc * 10 + d;
                digits++;
                pos += Character.charCount(cp);
            }
            return digits == 0 ? absent : acc;
        }

        private static boolean isAlign(int c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }

        private int remaining() {
            return spec.codePointCount(pos, spec.length());
        }

        private boolean peekIs(char c) {
            return pos < spec.length() && spec.charAt(pos) == c;
        }

        private boolean skip(char c) {
            if (peekIs(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private int next() {
            int cp = spec.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }

        private static FormatException bothSeparators() {
            return FormatException.valueError("Cannot specify both ',' and '_'.");
        }
    }

    /** A type code as CPython's messages quote it: {@code 'x'}, or {@code '\x7f'} when unprintable. */
    static String quoteCode(int code) {
        if (code > 32 && code < 128) {
            return "'" + (char) code + "'";
        }
        return "'\\x" + Integer.toHexString(code) + "'";
    }

    /** CPython's {@code unknown_presentation_type} error. */
    static FormatException unknownCode(int code, String typeName) {
        return FormatException.valueError("Unknown format code " + quoteCode(code)
                + " for object of type '" + typeName + "'");
    }
}
