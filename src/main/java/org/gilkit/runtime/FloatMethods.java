package org.gilkit.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import org.gilkit.runtime.PyMethodDescr.M1;

/**
 * The Python-visible methods of float. Binary dunders accept float and int operands (an int
 * operand converts exactly or raises OverflowError) and return NotImplemented otherwise.
 */
final class FloatMethods {
    private FloatMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    static void install(PyType t) {
        t.defineNew(FloatMethods::newFloat);
        binary(t, "add", (a, b) -> a + b);
        binary(t, "sub", (a, b) -> a - b);
        binary(t, "mul", (a, b) -> a * b);
        binary(t, "truediv", FloatMethods::div);
        binary(t, "floordiv", FloatMath::floordiv);
        binary(t, "mod", FloatMath::mod);
        def(t, "__divmod__", (ts, s, o) -> divmod(s, o, false));
        def(t, "__rdivmod__", (ts, s, o) -> divmod(s, o, true));
        t.define("__pow__", PyMethodDescr.positional(t, "__pow__", 1, 2, (ts, s, a) -> pow(s, a[0], ArgParser.arg(a, 1, PyNone.NONE), false)));
        t.define("__rpow__", PyMethodDescr.positional(t, "__rpow__", 1, 2, (ts, s, a) -> pow(s, a[0], ArgParser.arg(a, 1, PyNone.NONE), true)));
        unary(t, "__neg__", (ts, s) -> new PyFloat(-v(s)));
        unary(t, "__pos__", (ts, s) -> new PyFloat(v(s)));
        unary(t, "__abs__", (ts, s) -> new PyFloat(Math.abs(v(s))));
        unary(t, "__bool__", (ts, s) -> PyBool.of(v(s) != 0));
        unary(t, "__int__", (ts, s) -> IntMath.fromDouble(v(s)));
        unary(t, "__trunc__", (ts, s) -> IntMath.fromDouble(v(s)));
        unary(t, "__floor__", (ts, s) -> IntMath.fromDouble(Math.floor(v(s))));
        unary(t, "__ceil__", (ts, s) -> IntMath.fromDouble(Math.ceil(v(s))));
        unary(t, "__float__", (ts, s) -> s.getClass() == PyFloat.class ? s : new PyFloat(v(s)));
        unary(t, "__hash__", (ts, s) -> PyInt.of(Ops.hash(ts, s)));
        unary(t, "__repr__", (ts, s) -> new PyStr(FloatMath.repr(v(s))));
        unary(t, "conjugate", (ts, s) -> new PyFloat(v(s)));
        unary(t, "is_integer", (ts, s) -> PyBool.of(!Double.isInfinite(v(s)) && v(s) == Math.floor(v(s))));
        unary(t, "as_integer_ratio", (ts, s) -> ratio(v(s)));
        unary(t, "hex", (ts, s) -> new PyStr(hex(v(s))));
        t.define("__round__", PyMethodDescr.positional(t, "__round__", 0, 1, (ts, s, a) -> round(ts, v(s), ArgParser.arg(a, 0, PyNone.NONE))));
        t.define("__format__", PyMethodDescr.oneArg(t, "__format__", (ts, s, spec) -> Formatting.formatFloat(ts, (PyFloat) s, spec)));
        compare(t);
        t.define("real", new PyGetSet(t, "real", (ts, s) -> new PyFloat(v(s)), null));
        t.define("imag", new PyGetSet(t, "imag", (ts, s) -> new PyFloat(0.0), null));
    }

    static double v(PyObject o) {
        return ((PyFloat) o).value;
    }

    /** The double value of a float or int operand, or null (NotImplemented) for anything else. */
    static Double operand(PyObject o) {
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (o instanceof PyInt) return ((PyInt) o).asDouble();
        return null;
    }

    private static double div(double a, double b) {
        if (b == 0) throw Errors.zeroDivision("float division by zero");
        return a / b;
    }

    private static void def(PyType t, String name, M1 f) {
        t.define(name, PyMethodDescr.oneArg(t, name, f));
    }

    private static void unary(PyType t, String name, PyMethodDescr.M0 f) {
        t.define(name, PyMethodDescr.noArgs(t, name, f));
    }

    private static void binary(PyType t, String op, DoubleBinaryOperator f) {
        def(t, "__" + op + "__", (ts, s, o) -> {
            Double b = operand(o);
            return b == null ? NI : new PyFloat(f.applyAsDouble(v(s), b));
        });
        def(t, "__r" + op + "__", (ts, s, o) -> {
            Double a = operand(o);
            return a == null ? NI : new PyFloat(f.applyAsDouble(a, v(s)));
        });
    }

    private static PyObject divmod(PyObject s, PyObject o, boolean reflected) {
        Double b = operand(o);
        if (b == null) return NI;
        double x = reflected ? b : v(s);
        double y = reflected ? v(s) : b;
        if (y == 0) throw Errors.zeroDivision("float divmod()");
        double[] r = FloatMath.divmod(x, y);
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    private static PyObject pow(PyObject s, PyObject o, PyObject mod, boolean reflected) {
        if (mod != PyNone.NONE) throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        Double b = operand(o);
        if (b == null) return NI;
        return new PyFloat(reflected ? FloatMath.pow(b, v(s)) : FloatMath.pow(v(s), b));
    }

    /** The comparisons, exact between float and int (no rounding of big ints). */
    private static void compare(PyType t) {
        cmp(t, "__eq__", c -> c == 0);
        cmp(t, "__ne__", c -> c != 0);
        cmp(t, "__lt__", c -> c == -1);
        cmp(t, "__le__", c -> c == -1 || c == 0);
        cmp(t, "__gt__", c -> c == 1);
        cmp(t, "__ge__", c -> c == 1 || c == 0);
    }

    private static void cmp(PyType t, String name, java.util.function.IntPredicate test) {
        def(t, name, (ts, s, o) -> {
            int c = compareTo(v(s), o);
            return c == Integer.MIN_VALUE ? NI : PyBool.of(test.test(c));
        });
    }

    /** -1/0/1, 2 if unordered (NaN), Integer.MIN_VALUE if o is not a number. */
    static int compareTo(double a, PyObject o) {
        if (o instanceof PyFloat) {
            double b = ((PyFloat) o).value;
            if (Double.isNaN(a) || Double.isNaN(b)) return 2;
            return a < b ? -1 : a > b ? 1 : 0;
        }
        if (o instanceof PyInt) {
            int c = PyFloat.compareIntFloat((PyInt) o, a);
            return c == 2 ? 2 : -c;
        }
        return Integer.MIN_VALUE;
    }

    private static PyObject round(ThreadState ts, double x, PyObject nd) {
        if (nd == PyNone.NONE) return FloatMath.roundToInt(x);
        PyInt n = Ops.index(ts, nd);
        long digits = n.isBig() ? (n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : n.longValue();
        return new PyFloat(FloatMath.round(x, digits));
    }

    private static PyObject ratio(double d) {
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
        BigDecimal b = new BigDecimal(d);
        BigInteger num = b.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (b.scale() > 0) den = BigInteger.TEN.pow(b.scale());
        else num = num.multiply(BigInteger.TEN.pow(-b.scale()));
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    /** float.hex(): "0x1.8000000000000p+0" as CPython prints it. */
    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(a);
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) (bits >>> 52);
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** float(x=0.0). */
    static PyObject newFloat(ThreadState ts, PyType cls, PyObject[] args, String[] kw) {
        ArgParser.positional("float", "float", args, kw, 0, 1);
        double v = args.length == 0 ? 0.0 : Ops.toDouble(ts, args[0]);
        return cls == PyFloat.TYPE ? new PyFloat(v) : new PyFloatSub(cls, v);
    }
}
