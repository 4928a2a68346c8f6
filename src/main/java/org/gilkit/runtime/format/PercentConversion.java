package org.gilkit.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One {@code %} conversion, parsed by {@link PercentFormat}, and its rendering: CPython's
 * {@code unicode_format_arg_format} (the text of the value) and
 * {@code unicode_format_arg_output} (sign, {@code 0x} prefix, zero or space padding, left
 * adjustment). Note the printf quirks kept on purpose: {@code 0} pads only numbers, {@code -}
 * beats {@code 0}, and precision truncates {@code %s/%r/%a} but zero-extends integers.
 */
final class PercentConversion {
    /** The conversion character; during parsing, the character last read. */
    int type;
    long width = -1;
    long precision = -1;
    boolean leftAdjust;
    boolean plus;
    boolean blank;
    boolean alternate;
    boolean zero;

    /** Sets the flag named by {@code ch}; false if ch is not a flag character. */
    boolean setFlag(int ch) {
        switch (ch) {
            case '-': leftAdjust = true; return true;
            case '+': plus = true; return true;
            case ' ': blank = true; return true;
            case '#': alternate = true; return true;
            case '0': zero = true; return true;
            default: return false;
        }
    }

    static boolean isType(int ch) {
        return ch < 128 && "sracdiuoxXeEfFgG".indexOf(ch) >= 0 && ch != 0;
    }

    /** The value of a {@code *} argument: an int; precision must fit a C int, width a ssize_t. */
    static long starValue(PercentArg arg, boolean precision) {
        BigInteger v = arg.asIndex();
        if (v == null) {
            throw FormatException.typeError("* wants int");
        }
        int bits = precision ? 31 : 63;
        if (v.bitLength() > bits) {
            throw FormatException.overflowError("Python int too large to convert to C "
                    + (precision ? "int" : "ssize_t"));
        }
        return v.longValue();
    }

    /** The converted and padded text for {@code arg}. */
    String render(PercentArg arg) {
        boolean numeric = "diuoxXeEfFgG".indexOf(type) >= 0;
        String text = text(arg);
        return pad(text, numeric);
    }

    private String text(PercentArg arg) {
        switch (type) {
            case 's':
                return arg.str();
            case 'r':
                return arg.repr();
            case 'a':
                return StrRepr.asciiEscape(arg.repr());
            case 'c':
                return character(arg);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                int prec = precision < 0 ? 6 : (int) precision;
                return DoubleText.toString(real(arg), (char) type, prec, alternate ? DoubleText.ALT : 0);
            default:
                return integer(arg);
        }
    }

    /** PyFloat_AsDouble: ints convert, floats pass, anything else is a TypeError. */
    private static double real(PercentArg arg) {
        BigInteger i = arg.asIndex();
        if (i != null) {
            return IntFormat.toDouble(i);
        }
        Double d = arg.asFloat();
        if (d == null) {
            throw FormatException.typeError("must be real number, not " + arg.typeName());
        }
        return d;
    }

    /** formatchar: a one-character str or an int code point. */
    private static String character(PercentArg arg) {
        if (arg.isStr()) {
            String s = arg.str();
            if (s.codePointCount(0, s.length()) == 1) {
                return s;
            }
            throw FormatException.typeError("%c requires int or char");
        }
        BigInteger v = arg.asIndex();
        if (v == null) {
            throw FormatException.typeError("%c requires int or char");
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw FormatException.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(v.intValue()));
    }

    /** mainformatlong + _PyUnicode_FormatLong: sign, optional prefix, digits zero-extended to precision. */
    private String integer(PercentArg arg) {
        BigInteger v = integerValue(arg);
        int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = v.abs().toString(base);
        if (precision > digits.length()) {
            digits = "0".repeat(NumberField.checkedLength(precision - digits.length())) + digits;
        }
        String prefix = alternate && base != 10 ? IntText.prefix(base) : "";
        String text = (v.signum() < 0 ? "-" : "") + prefix + digits;
        return type == 'X' ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    /** int(arg) for d/i/u (floats truncate), operator.index(arg) for o/x/X. */
    private BigInteger integerValue(PercentArg arg) {
        BigInteger v = arg.asIndex();
        if (v != null) {
            return v;
        }
        Double d = arg.asFloat();
        if (d == null || type == 'o' || type == 'x' || type == 'X') {
            String need = d == null && type != 'o' && type != 'x' && type != 'X'
                    ? "a real number" : "an integer";
            throw FormatException.typeError("%" + (char) type + " format: " + need
                    + " is required, not " + arg.typeName());
        }
        return truncate(d);
    }

    /** int(float): toward zero; inf and nan cannot convert. */
    static BigInteger truncate(double d) {
        if (Double.isNaN(d)) {
            throw FormatException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw FormatException.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(d).toBigInteger();
    }

    /** unicode_format_arg_output. */
    private String pad(String text, boolean numeric) {
        int[] cps = text.codePoints().toArray();
        int start = 0;
        int len = cps.length;
        if (!numeric && "sra".indexOf(type) >= 0 && precision >= 0 && len > precision) {
            len = (int) precision;
        }
        int sign = 0;
        if (numeric && len > 0 && (cps[0] == '-' || cps[0] == '+')) {
            sign = cps[0];
            start = 1;
            len--;
        } else if (numeric && plus) {
            sign = '+';
        } else if (numeric && blank) {
            sign = ' ';
        }
        int fill = numeric && zero ? '0' : ' ';
        boolean hasPrefix = alternate && (type == 'x' || type == 'X' || type == 'o');
        return layout(cps, start, len, sign, fill, hasPrefix);
    }

    private String layout(int[] cps, int start, int len, int sign, int fill, boolean hasPrefix) {
        long w = Math.max(width, len);
        NumberField.checkedLength(w);
        StringBuilder out = new StringBuilder();
        if (sign != 0) {
            if (fill != ' ') {
                out.appendCodePoint(sign);
            }
            if (w > len) {
                w--;
            }
        }
        if (hasPrefix) {
            if (fill != ' ') {
                out.appendCodePoint(cps[start]).appendCodePoint(cps[start + 1]);
            }
            w = Math.max(0, w - 2);
            len -= 2;
        }
        if (w > len && !leftAdjust) {
            NumberField.fill(out, fill, w - len);
            w = len;
        }
        if (fill == ' ') {
            if (sign != 0) {
                out.appendCodePoint(sign);
            }
            if (hasPrefix) {
                out.appendCodePoint(cps[start]).appendCodePoint(cps[start + 1]);
            }
        }
        int from = hasPrefix ? start + 2 : start;
        for (int i = from; i < from + len; i++) {
            out.appendCodePoint(cps[i]);
        }
        NumberField.fill(out, ' ', Math.max(0, w - len));
        return out.toString();
    }
}
