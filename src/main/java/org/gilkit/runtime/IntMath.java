package org.gilkit.runtime;

import java.math.BigInteger;

/**
 * The parts of int arithmetic too long for {@link PyInt}: correctly rounded true division of big
 * values, power (with and without modulus), parsing {@code int(s, base)} with CPython's rules,
 * and float-to-int conversion.
 */
final class IntMath {
    private IntMath() {}

    /** a / b correctly rounded to double (b != 0), OverflowError if too large. */
    static double trueDivide(BigInteger a, BigInteger b) {
        boolean neg = (a.signum() < 0) != (b.signum() < 0); // 0 / -n is -0.0, as in CPython
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.signum() == 0) return neg ? -0.0 : 0.0;
        int shift = 66 - (x.bitLength() - y.bitLength());
        BigInteger[] qr = (shift >= 0 ? x.shiftLeft(shift) : x).divideAndRemainder(shift >= 0 ? y : y.shiftLeft(-shift));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) q = q.setBit(0);
        double d = scaleRounded(q, -shift);
        if (Double.isInfinite(d)) throw Errors.overflowError("integer division result too large for a float");
        return neg ? -d : d;
    }

    /** q * 2**exp rounded once to the nearest double (q has at least 66 significant bits). */
    private static double scaleRounded(BigInteger q, int exp) {
        int bits = q.bitLength();
        int e = bits + exp; // the value is in [2**(e-1), 2**e)
        int keep = e > -1021 ? 53 : Math.max(0, 53 - (-1021 - e + 1) + 1);
        if (keep <= 0) return 0.0;
        int drop = bits - keep;
        BigInteger m = q.shiftRight(drop);
        BigInteger rest = q.subtract(m.shiftLeft(drop));
        BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
        int c = rest.compareTo(half);
        if (c > 0 || (c == 0 && m.testBit(0))) m = m.add(BigInteger.ONE);
        return Math.scalb(m.doubleValue(), drop + exp);
    }

    /** int ** int without modulus: an int, or a float for a negative exponent. */
    static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.asDouble();
            if (base == 0.0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(FloatMath.pow(base, b.asDouble()));
        }
        if (!a.isBig() && !b.isBig()) {
            long r = powLong(a.longValue(), b.longValue());
            if (r != Long.MIN_VALUE) return PyInt.of(r);
        }
        BigInteger base = a.bigValue();
        if (base.abs().equals(BigInteger.ONE)) {
            return PyInt.of(base.signum() > 0 || !b.bigValue().testBit(0) ? 1 : -1);
        }
        if (base.signum() == 0) return b.signum() == 0 ? PyInt.ONE : PyInt.ZERO;
        if (b.isBig() || b.longValue() > Integer.MAX_VALUE) throw Errors.noMemory();
        return PyInt.of(base.pow((int) b.longValue()));
    }

    /** a**e for e >= 0, or Long.MIN_VALUE on overflow (MIN_VALUE itself is recomputed by the slow path). */
    private static long powLong(long a, long e) {
        long result = 1;
        long base = a;
        try {
            while (e > 0) {
                if ((e & 1) != 0) result = Math.multiplyExact(result, base);
                e >>= 1;
                if (e > 0) base = Math.multiplyExact(base, base);
            }
            return result;
        } catch (ArithmeticException overflow) {
            return Long.MIN_VALUE;
        }
    }

    /** pow(a, b, m) for ints. */
    static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.bigValue();
        BigInteger am = mod.abs();
        BigInteger base = a.bigValue().mod(am);
        BigInteger e = b.bigValue();
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, am);
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return PyInt.of(r);
    }

    /** int(double): truncates; errors for inf and nan as CPython. */
    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (d > -9.2e18 && d < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /**
     * int(text, base) with Python's syntax: surrounding whitespace, a sign, a 0x/0o/0b prefix
     * (required-or-allowed by base), single underscores between digits; base 0 infers the base
     * and rejects leading zeros. Returns null if the text is invalid (the caller words the error).
     */
    static PyInt parse(String text, int base) {
        String s = text.strip();
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int b = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb)) {
                b = pb;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') i++;
            }
        }
        boolean inferred = base == 0 && b == 0;
        if (b == 0) b = 10;
        String digits = digitsOf(s, i, b);
        if (digits == null) return null;
        if (inferred && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            return null;
        }
        BigInteger v = digits.length() <= 18 && b == 10 ? BigInteger.valueOf(Long.parseLong(digits))
                : new BigInteger(digits, b);
        return PyInt.of(neg ? v.negate() : v);
    }

    /** The digits from index i with underscores removed, or null if malformed. */
    private static String digitsOf(String s, int i, int base) {
        if (i >= s.length()) return null;
        StringBuilder sb = new StringBuilder(s.length() - i);
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            if (Character.digit(c, base) < 0) return null;
            sb.append(Character.forDigit(Character.digit(c, base), base));
            lastUnderscore = false;
        }
        return lastUnderscore ? null : sb.toString();
    }
}
