package org.gilkit.runtime;

import java.math.BigInteger;

/**
 * Python int: arbitrary precision with a fast path on long. {@link #big} is null while the value
 * fits in a long (then {@link #value} holds it) and holds the value otherwise; the factories
 * normalise, so a value that fits is never stored as a BigInteger and equal values have equal
 * representations. Arithmetic uses {@code Math.*Exact} and falls back to BigInteger on overflow.
 * Values in [-5, 1024] are cached (CPython caches [-5, 256]; a larger cache keeps loop counters
 * allocation-free a bit longer).
 *
 * <p>Not final: {@link PyBool} and {@link PyIntSub} (user subclasses of int) extend it, so fast
 * paths in {@link Ops} test {@code getClass() == PyInt.class}.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, true);
    /** 2**61 - 1, CPython's hash modulus (sys.hash_info.modulus). */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new PyInt(i + CACHE_LOW);
        IntMethods.install(TYPE);
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);
    public static final PyInt MINUS_ONE = of(-1);

    /** The value when {@link #big} is null. */
    final long value;
    /** The value when it does not fit in a long, else null. */
    final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    protected PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** Copies another int's representation (for subclasses). */
    protected PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    /** The int with value v (cached for small values). */
    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    /** The int with value v; stored as a long when it fits. */
    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Whether the value does not fit in a long. */
    public final boolean isBig() {
        return big != null;
    }

    /** The value as a long; only meaningful when !isBig(). */
    public final long longValue() {
        return value;
    }

    /** The value as a BigInteger (allocates for small values). */
    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a long, or OverflowError with {@code what} ("Python int too large to convert to C long"). */
    public final long asLong() {
        if (big != null) throw Errors.overflowError("Python int too large to convert to C long");
        return value;
    }

    /**
     * The value as CPython's Py_ssize_t (a 64-bit long), or OverflowError "Python int too large
     * to convert to C ssize_t", the text of arguments such as list.pop's index or str.split's
     * maxsplit.
     */
    public final long asSsize() {
        if (big != null) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return value;
    }

    /** The value as a Java int (index-sized), or OverflowError "... too large to convert to C ssize_t"-like. */
    public final int asInt() {
        if (big != null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) value;
    }

    /** The value as a double, or OverflowError "int too large to convert to float". */
    public final double asDouble() {
        if (big == null) return value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
        return d;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** An int of exactly type int with this value (strips bool and subclasses). */
    public final PyInt asExactInt() {
        if (getClass() == PyInt.class) return this;
        return big != null ? new PyInt(big) : of(value);
    }

    // ---- arithmetic (results are exact ints) ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) < 0) return of(a.bigValue().add(b.bigValue()));
            return of(r);
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) < 0) return of(a.bigValue().subtract(b.bigValue()));
            return of(r);
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo);
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floordiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return ZERO;
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger bb = b.bigValue();
        BigInteger r = a.bigValue().mod(bb.abs());
        if (bb.signum() < 0 && r.signum() != 0) r = r.add(bb);
        return of(r);
    }

    /** int / int: correctly rounded true division. */
    public static double truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        return IntMath.trueDivide(a.bigValue(), b.bigValue());
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return of(-a.value);
        return of(a.bigValue().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : a.asExactInt();
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) return of(~a.value);
        return of(a.big.not());
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.value & b.value);
        return of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.value | b.value);
        return of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.value ^ b.value);
        return of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (a.signum() == 0) return ZERO;
        if (b.big != null || b.value > Integer.MAX_VALUE / 2) throw Errors.noMemory();
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if (r >> n == a.value) return of(r);
        }
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (b.big != null || b.value >= Integer.MAX_VALUE) return a.signum() < 0 ? MINUS_ONE : ZERO;
        int n = (int) b.value;
        if (a.big == null) return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        return of(a.big.shiftRight(n));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.bigValue().compareTo(b.bigValue());
    }

    /** Python hash: the value modulo 2**61-1, sign kept, -1 mapped to -2. */
    public final long pyHash() {
        long h;
        if (big == null) {
            if (value == Long.MIN_VALUE) {
                h = -(Long.MAX_VALUE % HASH_MODULUS + 1) % HASH_MODULUS;
            } else {
                h = Math.abs(value) % HASH_MODULUS;
                if (value < 0) h = -h;
            }
        } else {
            h = big.abs().mod(BIG_MODULUS).longValue();
            if (big.signum() < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof PyInt) {
            PyInt b = (PyInt) o;
            return big == null ? b.big == null && value == b.value : big.equals(b.big);
        }
        if (o instanceof PyFloat) return PyFloat.compareIntFloat(this, ((PyFloat) o).value) == 0;
        return o instanceof PyInstance && super.equals(o);
    }

    @Override
    public int hashCode() {
        if (big == null && value >= 0 && value < HASH_MODULUS) return javaHash(value);
        return javaHash(pyHash());
    }

    /** Decimal text. */
    public final String toDecimal() {
        return big == null ? Long.toString(value) : big.toString();
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
