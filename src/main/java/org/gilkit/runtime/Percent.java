package org.gilkit.runtime;

import org.gilkit.runtime.format.Format;
import org.gilkit.runtime.format.FormatException;

/**
 * printf-style {@code str % args}: each {@code %[(key)][flags][width][.precision]type} directive
 * is translated into a format spec and rendered by org.gilkit.runtime.format ({@link Format}),
 * so numbers look exactly as {@code format()} would print them. Errors are CPython's.
 */
final class Percent {
    private Percent() {}

    static String format(ThreadState ts, String fmt, PyObject args) {
        PyObject[] items;
        boolean isMapping = !(args instanceof PyTuple) && !(args instanceof PyStr)
                && args.type().lookup("__getitem__") != null && !(args instanceof PyList) && !(args instanceof PyBytesLike);
        items = args instanceof PyTuple ? ((PyTuple) args).items : new PyObject[] {args};
        int next = 0;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= n) throw Errors.valueError("incomplete format");
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (!isMapping) throw Errors.typeError("format requires a mapping");
                int level = 1;
                int j = i + 1;
                for (; j < n && level > 0; j++) {
                    if (fmt.charAt(j) == '(') level++;
                    else if (fmt.charAt(j) == ')') level--;
                }
                if (level > 0) throw Errors.valueError("incomplete format key");
                value = Ops.getItem(ts, args, new PyStr(fmt.substring(i + 1, j - 1)));
                i = j;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                if (next >= items.length) throw Errors.typeError("not enough arguments for format string");
                width = String.valueOf(Ops.index(ts, items[next++]).asInt());
                if (width.startsWith("-")) {
                    flags.append('-');
                    width = width.substring(1);
                }
                i++;
            } else {
                int s0 = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                width = fmt.substring(s0, i);
            }
            String prec = null;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (next >= items.length) throw Errors.typeError("not enough arguments for format string");
                    prec = String.valueOf(Math.max(0, Ops.index(ts, items[next++]).asInt()));
                    i++;
                } else {
                    int s0 = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = fmt.substring(s0, i).isEmpty() ? "0" : fmt.substring(s0, i);
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            char type = fmt.charAt(i);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (isMapping) {
                    value = args;
                } else {
                    if (next >= items.length) throw Errors.typeError("not enough arguments for format string");
                    value = items[next++];
                }
            }
            out.append(directive(ts, value, flags.toString(), width, prec, type, i));
        }
        if (!isMapping && next < items.length) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String directive(ThreadState ts, PyObject v, String flags, String width, String prec, char type, int index) {
        boolean left = flags.indexOf('-') >= 0;
        boolean zero = flags.indexOf('0') >= 0 && !left;
        String sign = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        String alt = flags.indexOf('#') >= 0 ? "#" : "";
        try {
            switch (type) {
                case 's': case 'r': case 'a': {
                    String s = type == 's' ? Ops.str(ts, v) : type == 'r' ? Ops.repr(ts, v) : Ops.ascii(ts, v);
                    if (prec != null) s = s.substring(0, s.offsetByCodePoints(0, Math.min(Integer.parseInt(prec), s.codePointCount(0, s.length()))));
                    return Format.ofStr(s, (left ? "<" : ">") + width);
                }
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
                    PyInt iv = intArg(ts, v, type);
                    String t = type == 'd' || type == 'i' || type == 'u' ? "d" : String.valueOf(type);
                    String spec = (left ? "<" : "") + sign + alt + (zero ? "0" : "") + width + t;
                    String r = iv.isBig() ? Format.ofInt(iv.bigValue(), spec) : Format.ofInt(iv.longValue(), spec);
                    if (prec != null) r = intPrecision(r, Integer.parseInt(prec), width, left);
                    return r;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double d = floatArg(ts, v, type);
                    String spec = (left ? "<" : "") + sign + alt + (zero ? "0" : "") + width + "." + (prec == null ? "6" : prec) + type;
                    return Format.ofFloat(d, spec);
                }
                case 'c': {
                    String ch;
                    if (v instanceof PyStr && ((PyStr) v).length() == 1) ch = ((PyStr) v).value;
                    else if (v instanceof PyInt) ch = new String(Character.toChars(((PyInt) v).asInt()));
                    else throw Errors.typeError("%c requires int or char");
                    return Format.ofStr(ch, (left ? "<" : ">") + width);
                }
                default:
                    throw Errors.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                            + ") at index " + index);
            }
        } catch (FormatException e) {
            throw Formatting.convert(e);
        }
    }

    private static String intPrecision(String r, int prec, String width, boolean left) {
        String t = r.strip();
        String sign = t.startsWith("-") || t.startsWith("+") || t.startsWith(" ") ? t.substring(0, 1) : "";
        String digits = t.substring(sign.length());
        if (digits.length() < prec) digits = "0".repeat(prec - digits.length()) + digits;
        String s = sign + digits;
        int w = width.isEmpty() ? 0 : Integer.parseInt(width);
        if (s.length() >= w) return s;
        return left ? s + " ".repeat(w - s.length()) : " ".repeat(w - s.length()) + s;
    }

    private static PyInt intArg(ThreadState ts, PyObject v, char type) {
        if (v instanceof PyInt) return (PyInt) v;
        if (v instanceof PyFloat && (type == 'd' || type == 'i' || type == 'u')) return IntMath.fromDouble(((PyFloat) v).value);
        if (type != 'd' && type != 'i' && type != 'u') {
            if (v.type().lookup("__index__") != null) return Ops.index(ts, v);
            throw Errors.typeError("%" + type + " format: an integer is required, not " + v.type().name());
        }
        if (v.type().lookup("__int__") != null || v.type().lookup("__index__") != null) return Ops.toInt(ts, v);
        throw Errors.typeError("%" + type + " format: a real number is required, not " + v.type().name());
    }

    private static double floatArg(ThreadState ts, PyObject v, char type) {
        if (v instanceof PyFloat) return ((PyFloat) v).value;
        if (v instanceof PyInt) return ((PyInt) v).asDouble();
        if (v.type().lookup("__float__") != null || v.type().lookup("__index__") != null) return Ops.toDouble(ts, v);
        throw Errors.typeError("must be real number, not " + v.type().name());
    }
}
