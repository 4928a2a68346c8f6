package org.gilkit.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code math} module: CPython's functions and constants over Java's StrictMath/Math, with
 * CPython's error conventions (ValueError "math domain error" for a NaN result from a non-NaN
 * argument, OverflowError "math range error" for an infinite result from a finite argument) and
 * exact integer functions (gcd, lcm, factorial, comb, perm, isqrt) on BigInteger where needed.
 * fsum is exact (Shewchuk's algorithm, as CPython).
 */
final class MathModule implements ModuleDef {
    private static final ArgParser ISCLOSE = new ArgParser("isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2);
    private static final ArgParser PROD = new ArgParser("prod", new String[] {"iterable", "start"}, 1, 1, 1);

    @Override
    public String name() {
        return "math";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("math", "This module provides access to the mathematical functions\ndefined by the C standard.");
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", Math::exp);
        unary(m, "expm1", Math::expm1);
        unary(m, "log2", MathModule::log2);
        unary(m, "log10", Math::log10);
        unary(m, "log1p", Math::log1p);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "asinh", x -> Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
        unary(m, "acosh", x -> Math.log(x + Math.sqrt(x * x - 1)));
        unary(m, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log((1 + x) / (1 - x)));
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "erf", MathModule::erf);
        unary(m, "erfc", x -> 1 - erf(x));
        unary(m, "gamma", MathModule::gamma);
        unary(m, "lgamma", x -> Math.log(Math.abs(gamma(x))));
        unary(m, "ulp", Math::ulp);
        binary(m, "atan2", Math::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "fmod", (x, y) -> {
            if (y == 0 && !Double.isNaN(x)) return Double.NaN;
            return Double.isInfinite(y) && !Double.isInfinite(x) ? x : x % y;
        });
        binary(m, "remainder", Math::IEEEremainder);
        binary(m, "nextafter", Math::nextAfter);
        binary(m, "pow", MathModule::pow);
        Fn.def(m, "log", (t, s, a, k) -> log(t, a, k));
        Fn.def(m, "isnan", (t, s, a, k) -> PyBool.of(Double.isNaN(arg1(t, "isnan", a, k))));
        Fn.def(m, "isinf", (t, s, a, k) -> PyBool.of(Double.isInfinite(arg1(t, "isinf", a, k))));
        Fn.def(m, "isfinite", (t, s, a, k) -> PyBool.of(Double.isFinite(arg1(t, "isfinite", a, k))));
        Fn.def(m, "floor", (t, s, a, k) -> rounding(t, "floor", "__floor__", a, k, Math::floor));
        Fn.def(m, "ceil", (t, s, a, k) -> rounding(t, "ceil", "__ceil__", a, k, Math::ceil));
        Fn.def(m, "trunc", (t, s, a, k) -> {
            ArgParser.exactlyOne("trunc", a, k);
            if (a[0] instanceof PyInt i) return i.asExactInt();
            if (a[0] instanceof PyFloat f) return toInt(f.value());
            PyObject meth = Ops.lookupSpecial(a[0], "__trunc__");
            if (meth == null) throw Errors.typeError("type " + a[0].type().name() + " doesn't define __trunc__ method");
            return Ops.callMethod(t, a[0], "__trunc__");
        });
        Fn.def(m, "modf", (t, s, a, k) -> {
            double x = arg1(t, "modf", a, k);
            if (Double.isInfinite(x)) return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        Fn.def(m, "frexp", (t, s, a, k) -> frexp(arg1(t, "frexp", a, k)));
        Fn.def(m, "ldexp", (t, s, a, k) -> {
            ArgParser.positional("ldexp", "ldexp", a, k, 2, 2);
            double x = real(t, a[0]);
            if (!(a[1] instanceof PyInt)) throw Errors.typeError("Expected an int as second argument to ldexp.");
            PyInt e = (PyInt) a[1];
            long ex = e.isBig() ? (e.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE) : e.asLong();
            double r = Math.scalb(x, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ex)));
            if (Double.isInfinite(r) && Double.isFinite(x)) throw Errors.overflowError("math range error");
            return new PyFloat(r);
        });
        Fn.def(m, "hypot", (t, s, a, k) -> {
            ArgParser.noKeywords("hypot", k);
            double acc = 0;
            boolean inf = false;
            for (PyObject o : a) {
                double v = real(t, o);
                if (Double.isInfinite(v)) inf = true;
                acc = Math.hypot(acc, v);
            }
            return new PyFloat(inf ? Double.POSITIVE_INFINITY : acc);
        });
        Fn.def(m, "dist", (t, s, a, k) -> dist(t, a, k));
        Fn.def(m, "isclose", (t, s, a, k) -> isclose(t, a, k));
        Fn.def(m, "fsum", (t, s, a, k) -> {
            ArgParser.exactlyOne("fsum", a, k);
            return new PyFloat(FSum.of(t, a[0]));
        });
        Fn.def(m, "prod", (t, s, a, k) -> {
            PyObject[] p = PROD.parse(a, k);
            PyObject acc = p[1] == null ? PyInt.ONE : p[1];
            PyObject it = Ops.iter(t, p[0]);
            for (PyObject x = Ops.next(t, it); x != null; x = Ops.next(t, it)) acc = Ops.mul(t, acc, x);
            return acc;
        });
        IntFunctions.define(m);
        return m;
    }

    // ------------------------------------------------------------------ argument conversion

    /** A real number argument as a double, with CPython's TypeError for other types. */
    static double real(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat f) return f.value();
        if (o instanceof PyInt i) {
            if (!i.isBig()) return i.asLong();
            double d = i.bigValue().doubleValue();
            if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
            return d;
        }
        if (Ops.lookupSpecial(o, "__float__") != null || Ops.lookupSpecial(o, "__index__") != null) return Ops.toDouble(ts, o);
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    private static double arg1(ThreadState ts, String name, PyObject[] a, String[] k) {
        ArgParser.exactlyOne(name, a, k);
        return real(ts, a[0]);
    }

    /** Applies CPython's error rules to the result {@code r} of a function of {@code x}. */
    static double checked(double x, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw Errors.valueError("math domain error");
        if (Double.isInfinite(r) && Double.isFinite(x)) throw Errors.overflowError("math range error");
        return r;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        Fn.def(m, name, (t, s, a, k) -> {
            double x = arg1(t, name, a, k);
            double r = f.applyAsDouble(x);
            if (Double.isInfinite(r) && Double.isFinite(x) && domainPole(name, x)) throw Errors.valueError("math domain error");
            return new PyFloat(checked(x, r));
        });
    }

    /** Functions whose infinite result at a finite argument is a pole (domain error), not an overflow. */
    private static boolean domainPole(String name, double x) {
        return switch (name) {
            case "log2", "log10", "log1p", "atanh", "lgamma" -> true;
            case "gamma" -> x <= 0 && x == Math.floor(x);
            default -> false;
        };
    }

    @FunctionalInterface
    private interface D2 {
        double apply(double x, double y);
    }

    private static void binary(PyModule m, String name, D2 f) {
        Fn.def(m, name, (t, s, a, k) -> {
            ArgParser.positional(name, name, a, k, 2, 2);
            double x = real(t, a[0]);
            double y = real(t, a[1]);
            double r = f.apply(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw Errors.valueError("math domain error");
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                if (name.equals("pow") && x == 0) throw Errors.valueError("math domain error");
                throw Errors.overflowError("math range error");
            }
            return new PyFloat(r);
        });
    }

    // ------------------------------------------------------------------ functions

    private static double log2(double x) {
        if (x <= 0) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) return e;
        return Math.log(x) / Math.log(2);
    }

    private static double pow(double x, double y) {
        if (x == 1 || y == 0) return 1;
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) return Double.NaN;
        return Math.pow(x, y);
    }

    private static PyObject log(ThreadState ts, PyObject[] a, String[] k) {
        ArgParser.positional("log", "log", a, k, 1, 2);
        double num = logOf(ts, a[0]);
        if (a.length == 1) return new PyFloat(num);
        double den = logOf(ts, a[1]);
        if (den == 0) throw Errors.zeroDivision("float division by zero");
        return new PyFloat(num / den);
    }

    /** log(x) for ints of any size (CPython: via frexp for big ones). */
    private static double logOf(ThreadState ts, PyObject o) {
        if (o instanceof PyInt i && i.isBig()) {
            if (i.signum() <= 0) throw Errors.valueError("math domain error");
            BigInteger b = i.bigValue();
            int shift = b.bitLength() - 60;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = real(ts, o);
        if (x <= 0 && !Double.isNaN(x)) throw Errors.valueError("math domain error");
        return Math.log(x);
    }

    private static PyObject rounding(ThreadState ts, String name, String dunder, PyObject[] a, String[] k, DoubleUnaryOperator f) {
        ArgParser.exactlyOne(name, a, k);
        PyObject o = a[0];
        if (o instanceof PyInt i) return i.asExactInt();
        if (o instanceof PyFloat fl) return toInt(f.applyAsDouble(fl.value()));
        if (Ops.lookupSpecial(o, dunder) != null) return Ops.callMethod(ts, o, dunder);
        return toInt(f.applyAsDouble(real(ts, o)));
    }

    /** An integral double as an int, with CPython's errors for inf and nan. */
    static PyInt toInt(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    private static PyObject frexp(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return PyTuple.of(new PyFloat(x), PyInt.ZERO);
        int e = Math.getExponent(x);
        double mant;
        if (e < Double.MIN_EXPONENT) {
            double y = x * 0x1p54;
            e = Math.getExponent(y) - 54;
            mant = Math.scalb(y, -(Math.getExponent(y) + 1));
        } else {
            mant = Math.scalb(x, -(e + 1));
        }
        return PyTuple.of(new PyFloat(mant), PyInt.of(e + 1));
    }

    private static PyObject dist(ThreadState ts, PyObject[] a, String[] k) {
        ArgParser.positional("dist", "dist", a, k, 2, 2);
        PyObject[] p = seq(ts, a[0]);
        PyObject[] q = seq(ts, a[1]);
        if (p.length != q.length) throw Errors.valueError("both points must have the same number of dimensions");
        double acc = 0;
        for (int i = 0; i < p.length; i++) acc = Math.hypot(acc, real(ts, p[i]) - real(ts, q[i]));
        return new PyFloat(acc);
    }

    private static PyObject[] seq(ThreadState ts, PyObject o) {
        if (o instanceof PyTuple t) return t.toArray();
        if (o instanceof org.gilkit.runtime.PyList l) return l.toArray();
        throw Errors.typeError("dist(): argument must be tuple, not " + o.type().name());
    }

    private static PyObject isclose(ThreadState ts, PyObject[] a, String[] k) {
        PyObject[] p = ISCLOSE.parse(a, k);
        double x = real(ts, p[0]);
        double y = real(ts, p[1]);
        double rel = p[2] == null ? 1e-9 : real(ts, p[2]);
        double abs = p[3] == null ? 0.0 : real(ts, p[3]);
        if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
        if (x == y) return PyBool.TRUE;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** Abramowitz-Stegun-free erf: series for small |x|, continued fraction otherwise (double accuracy). */
    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax < 2.5) {
            double sum = x;
            double term = x;
            double x2 = x * x;
            for (int n = 1; n < 200; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
            }
            return 2 / Math.sqrt(Math.PI) * sum;
        }
        if (ax > 6) return Math.copySign(1.0, x);
        // continued fraction for erfc
        double f = 0;
        for (int n = 60; n >= 1; n--) f = n / 2.0 / (ax + f);
        double erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
        return Math.copySign(1 - erfc, x);
    }

    /** Lanczos approximation (g=7, n=9), reflection for x < 0.5; exact for small positive integers. */
    static double gamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY) return Double.NaN;
        if (x <= 0 && x == Math.floor(x)) return Double.NaN;
        if (x == Math.floor(x) && x <= 23) {
            double r = 1;
            for (int i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        if (x > 170) return Double.POSITIVE_INFINITY;
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }


}
