package org.gilkit.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Float arithmetic with CPython's semantics (floor division, modulo, pow) and text conversion. */
final class FloatMath {
    private FloatMath() {}

    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    static double mod(double vx, double wx) {
        if (wx == 0) throw Errors.zeroDivision("float modulo");
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) mod += wx;
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    static double floordiv(double vx, double wx) {
        if (wx == 0) throw Errors.zeroDivision("float floor division by zero");
        return divmod(vx, wx)[0];
    }

    /** CPython's float_divmod (the caller checks wx != 0). */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** float ** float with CPython's special cases and errors. */
    static double pow(double iv, double iw) {
        if (iw == 0) return 1.0;
        if (Double.isNaN(iv)) return iv;
        if (Double.isNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (iv == 0.0 && iw < 0 && !Double.isInfinite(iw)) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (iv < 0 && !Double.isInfinite(iv) && !Double.isInfinite(iw) && iw != Math.floor(iw)) {
            throw Errors.valueError("negative number cannot be raised to a fractional power");
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) {
            throw new PyException(PyBaseException.create(PyExc.OverflowError,
                    new PyObject[] {PyInt.of(34), new PyStr("Numerical result out of range")}));
        }
        return r;
    }

    /** repr(float): the shortest text that reads back as the same double, in Python's layout. */
    static String repr(double d) {
        return org.gilkit.runtime.format.FloatRepr.repr(d);
    }

    /** float(text) with Python's syntax, or null if invalid. */
    static Double parse(String text) {
        String s = text.strip();
        String low = s.toLowerCase(java.util.Locale.ROOT);
        String body = low.startsWith("+") || low.startsWith("-") ? low.substring(1) : low;
        boolean neg = low.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (!FLOAT_TEXT.matcher(s).matches()) return null;
        return Double.parseDouble(s.replace("_", ""));
    }

    /** round(x, n) for floats: org.gilkit.runtime.format.Rounding (correctly rounded, ties to even). */
    static double round(double x, long ndigits) {
        try {
            return org.gilkit.runtime.format.Rounding.round(x, ndigits);
        } catch (org.gilkit.runtime.format.FormatException e) {
            throw Formatting.convert(e);
        }
    }

    /** round(x) to an int, ties to even. */
    static PyInt roundToInt(double x) {
        try {
            return PyInt.of(org.gilkit.runtime.format.Rounding.round(x));
        } catch (org.gilkit.runtime.format.FormatException e) {
            throw Formatting.convert(e);
        }
    }

    static MathContext digits(int p) {
        return new MathContext(p, RoundingMode.HALF_EVEN);
    }
}
