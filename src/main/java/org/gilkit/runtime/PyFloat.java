package org.gilkit.runtime;

import java.math.BigDecimal;

/** Python float: an IEEE double. Not final: {@link PyFloatSub} holds user subclasses. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, true);

    static {
        FloatMethods.install(TYPE);
    }

    final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final double value() {
        return value;
    }

    /** Python hash of a double (CPython's _Py_HashDouble; NaN hashes by identity in the caller). */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return 0;
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        int e = Math.getExponent(m);
        // frexp: m = f * 2**e2 with f in [0.5, 1)
        int e2;
        double f;
        if (m == 0) {
            return 0;
        } else if (e == Double.MIN_EXPONENT - 1) { // subnormal
            f = m * 0x1p54;
            e2 = Math.getExponent(f) + 1 - 54;
            f = f / Math.scalb(1.0, Math.getExponent(f) + 1);
        } else {
            e2 = e + 1;
            f = m / Math.scalb(1.0, e2);
        }
        long x = 0;
        final long p = PyInt.HASH_MODULUS;
        while (f != 0) {
            x = ((x << 28) & p) | x >>> (61 - 28);
            f *= 268435456.0;
            e2 -= 28;
            long y = (long) f;
            f -= y;
            x += y;
            if (x >= p) x -= p;
        }
        e2 = e2 >= 0 ? e2 % 61 : 61 - 1 - ((-1 - e2) % 61);
        x = ((x << e2) & p) | x >>> (61 - e2);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** Compares an int with a double exactly: -1, 0, 1, or 2 when the double is NaN. */
    public static int compareIntFloat(PyInt i, double d) {
        if (Double.isNaN(d)) return 2;
        if (!i.isBig() && Math.abs(i.longValue()) < (1L << 53)) return Double.compare((double) i.longValue() + 0.0, d + 0.0);
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(d));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof PyFloat) return value == ((PyFloat) o).value;
        if (o instanceof PyInt) return compareIntFloat((PyInt) o, value) == 0;
        return o instanceof PyInstance && super.equals(o);
    }

    @Override
    public int hashCode() {
        if (Double.isNaN(value)) return System.identityHashCode(this);
        return javaHash(hashDouble(value));
    }
}
