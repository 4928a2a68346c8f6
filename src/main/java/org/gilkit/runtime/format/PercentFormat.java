package org.gilkit.runtime.format;

/**
 * printf-style {@code str % args}, CPython's {@code PyUnicode_Format}: literal text, {@code %%},
 * and conversions {@code %[(key)][flags][width][.precision][hlL]type} with flags {@code -+ #0},
 * {@code *} for width or precision, and types {@code s r a c d i u o x X e E f F g G}.
 *
 * <p>This class reads the format string (code points, so error indexes match Python's); each
 * conversion is rendered by {@link PercentConversion}; arguments come from {@link PercentArgs}.
 * The object layer calls {@link #format(String, PercentArgs)} for {@code str.__mod__}.
 */
public final class PercentFormat {
    private final int[] fmt;
    private final PercentArgs args;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    /** Set when a read ran past the end: CPython's {@code fmtcnt < 0}. */
    private boolean exhausted;

    private PercentFormat(String format, PercentArgs args) {
        this.fmt = format.codePoints().toArray();
        this.args = args;
    }

    /**
     * Formats {@code format % args}.
     *
     * @throws FormatException TypeError/ValueError/OverflowError with CPython's message
     */
    public static String format(String format, PercentArgs args) {
        return new PercentFormat(format, args).run();
    }

    private String run() {
        while (pos < fmt.length) {
            if (fmt[pos] != '%') {
                literal();
            } else {
                pos++;
                conversion();
            }
        }
        if (args.unconverted()) {
            throw notAllConverted();
        }
        return out.toString();
    }

    private void literal() {
        while (pos < fmt.length && fmt[pos] != '%') {
            out.appendCodePoint(fmt[pos++]);
        }
    }

    private void conversion() {
        if (pos < fmt.length && fmt[pos] == '%') {
            pos++;
            out.append('%');
            return;
        }
        PercentConversion c = parse();
        PercentArg arg = args.next();
        if (!PercentConversion.isType(c.type)) {
            throw unsupported(c.type, pos - 1);
        }
        out.append(c.render(arg));
        if (args.mappingUnconverted()) {
            throw notAllConverted();
        }
    }

    /** unicode_format_arg_parse: everything between {@code %} and the type character. */
    private PercentConversion parse() {
        PercentConversion c = new PercentConversion();
        c.type = pos < fmt.length ? fmt[pos] : 0;
        if (c.type == '(') {
            c.type = mappingKey();
        }
        while (read(c) && c.setFlag(c.type)) {
            // each flag character only sets its bit
        }
        parseWidth(c);
        parsePrecision(c);
        if (!exhausted && (c.type == 'h' || c.type == 'l' || c.type == 'L')) {
            read(c);
        }
        if (exhausted) {
            throw FormatException.valueError("incomplete format");
        }
        return c;
    }

    /** {@code (key)} with balanced parentheses; returns the last character read, {@code ')'}. */
    private int mappingKey() {
        args.requireMapping();
        pos++;
        int start = pos;
        int depth = 1;
        while (depth > 0 && pos < fmt.length) {
            int ch = fmt[pos++];
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        if (depth > 0) {
            throw FormatException.valueError("incomplete format key");
        }
        args.selectKey(new String(fmt, start, pos - 1 - start));
        return ')';
    }

    private void parseWidth(PercentConversion c) {
        if (c.type == '*') {
            long w = PercentConversion.starValue(args.next(), false);
            if (w < 0) {
                c.leftAdjust = true;
                w = -w;
            }
            c.width = w;
            read(c);
        } else if (isDigit(c.type)) {
            c.width = digits(c, Long.MAX_VALUE, "width too big");
        }
    }

    private void parsePrecision(PercentConversion c) {
        if (c.type != '.') {
            return;
        }
        c.precision = 0;
        read(c);
        if (c.type == '*') {
            c.precision = Math.max(0, PercentConversion.starValue(args.next(), true));
            read(c);
        } else if (isDigit(c.type)) {
            c.precision = digits(c, Integer.MAX_VALUE, "precision too big");
        }
    }

    /** Accumulates the digits starting at {@code c.type}, leaving the next character in it. */
    private long digits(PercentConversion c, long max, String tooBig) {
        long value = c.type - '0';
        while (read(c) && isDigit(c.type)) {
            int d = c.type - '0';
            if (value > (max - d) / 10) {
                throw FormatException.valueError(tooBig);
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Reads the next character into {@code c.type}; false (and exhausted) at the end. */
    private boolean read(PercentConversion c) {
        if (pos >= fmt.length) {
            exhausted = true;
            return false;
        }
        c.type = fmt[pos++];
        return true;
    }

    private static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    private static FormatException unsupported(int ch, int index) {
        char shown = ch >= 0x20 && ch < 0x7f ? (char) ch : '?';
        return FormatException.valueError("unsupported format character '" + shown + "' (0x"
                + Integer.toHexString(ch) + ") at index " + index);
    }

    private static FormatException notAllConverted() {
        return FormatException.typeError("not all arguments converted during string formatting");
    }
}
