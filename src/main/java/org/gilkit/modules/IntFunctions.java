package org.gilkit.modules;

import java.math.BigInteger;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * math's exact integer functions: gcd, lcm, factorial, comb, perm, isqrt, on BigInteger (results
 * shrink back to a small int when they fit), with CPython's argument checks and texts.
 */
final class IntFunctions {
    private IntFunctions() {}

    static void define(PyModule m) {
        Fn.def(m, "gcd", (t, s, a, k) -> {
            ArgParser.noKeywords("gcd", k);
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) g = g.gcd(big(t, o));
            return PyInt.of(g);
        });
        Fn.def(m, "lcm", (t, s, a, k) -> {
            ArgParser.noKeywords("lcm", k);
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = big(t, o).abs();
                if (v.signum() == 0) l = BigInteger.ZERO;
                else if (l.signum() != 0) l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        Fn.def(m, "factorial", (t, s, a, k) -> {
            ArgParser.exactlyOne("factorial", a, k);
            if (a[0] instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            BigInteger n = big(t, a[0]);
            if (n.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            if (n.bitLength() > 31) throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            return PyInt.of(product(2, n.intValue()));
        });
        Fn.def(m, "isqrt", (t, s, a, k) -> {
            ArgParser.exactlyOne("isqrt", a, k);
            BigInteger n = big(t, a[0]);
            if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(n.sqrt());
        });
        Fn.def(m, "comb", (t, s, a, k) -> {
            ArgParser.positional("comb", "comb", a, k, 2, 2);
            BigInteger n = big(t, a[0]);
            BigInteger r = big(t, a[1]);
            if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            BigInteger kk = r.min(n.subtract(r));
            return PyInt.of(fallingProduct(n, kk).divide(product(2, kk.intValueExact())));
        });
        Fn.def(m, "perm", (t, s, a, k) -> {
            ArgParser.positional("perm", "perm", a, k, 1, 2);
            BigInteger n = big(t, a[0]);
            if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
            if (a.length == 1 || a[1] == PyNone.NONE) return PyInt.of(product(2, n.intValueExact()));
            BigInteger r = big(t, a[1]);
            if (r.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            return PyInt.of(fallingProduct(n, r));
        });
    }

    /** An integer argument (via __index__), with CPython's TypeError for floats and others. */
    static BigInteger big(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        PyInt i = Ops.index(ts, o);
        return i.isBig() ? i.bigValue() : BigInteger.valueOf(i.asLong());
    }

    /** lo * (lo+1) * ... * hi, by binary splitting. */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1). */
    static BigInteger fallingProduct(BigInteger n, BigInteger k) {
        if (k.signum() == 0) return BigInteger.ONE;
        if (n.bitLength() < 62) {
            long nn = n.longValue();
            return product(nn - k.longValueExact() + 1, nn);
        }
        BigInteger r = BigInteger.ONE;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) r = r.multiply(n.subtract(i));
        return r;
    }
}
