package org.gilkit.runtime;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)}: an immutable arithmetic sequence. Values that fit in a long
 * (the normal case) use long arithmetic and the allocation-light {@link PyRangeIterator};
 * otherwise BigInteger. Length, indexing and {@code in} (for ints) are O(1).
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, false);

    static {
        RangeMethods.install(TYPE);
    }

    final PyInt start;
    final PyInt stop;
    final PyInt step;
    /** The length as a BigInteger (always computed; small for normal ranges). */
    final BigInteger length;
    /** Whether start, stop, step and every value fit in a long. */
    final boolean small;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        this.start = start.asExactInt();
        this.stop = stop.asExactInt();
        this.step = step.asExactInt();
        this.length = computeLength(start.bigValue(), stop.bigValue(), step.bigValue());
        this.small = !start.isBig() && !stop.isBig() && !step.isBig() && length.bitLength() < 63
                && PyInt.fitsLong(start.bigValue().add(step.bigValue().multiply(length)));
    }

    public PyRange(long start, long stop, long step) {
        this(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger st) {
        if (st.signum() > 0) {
            if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
            return hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
        }
        if (lo.compareTo(hi) <= 0) return BigInteger.ZERO;
        return lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyInt start() {
        return start;
    }

    public PyInt stop() {
        return stop;
    }

    public PyInt step() {
        return step;
    }

    /** The length; OverflowError if it does not fit a Java int (CPython: ssize_t). */
    public int length() {
        if (length.bitLength() > 31) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return length.intValue();
    }

    /** Item i for 0 <= i < length. */
    PyInt item(BigInteger i) {
        if (small) return PyInt.of(start.longValue() + i.longValue() * step.longValue());
        return PyInt.of(start.bigValue().add(step.bigValue().multiply(i)));
    }

    public PyIter iterator() {
        if (small) return new PyRangeIterator(start.longValue(), step.longValue(), length.longValue());
        return new BigRangeIterator(this, BigInteger.ZERO, 1);
    }

    PyIter reversedIterator() {
        if (small) {
            long n = length.longValue();
            long last = start.longValue() + (n - 1) * step.longValue();
            return new PyRangeIterator(n == 0 ? 0 : last, -step.longValue(), n);
        }
        return new BigRangeIterator(this, length.subtract(BigInteger.ONE), -1);
    }

    /** Whether the int v is one of the values (O(1)). */
    boolean containsInt(PyInt v) {
        BigInteger x = v.bigValue();
        BigInteger lo = start.bigValue();
        BigInteger st = step.bigValue();
        if (length.signum() == 0) return false;
        BigInteger last = lo.add(st.multiply(length.subtract(BigInteger.ONE)));
        BigInteger min = st.signum() > 0 ? lo : last;
        BigInteger max = st.signum() > 0 ? last : lo;
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) return false;
        return x.subtract(lo).mod(st.abs()).signum() == 0;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PyRange)) return false;
        PyRange r = (PyRange) o;
        if (!length.equals(r.length)) return false;
        if (length.signum() == 0) return true;
        if (!start.equals(r.start)) return false;
        return length.equals(BigInteger.ONE) || step.equals(r.step);
    }

    @Override
    public int hashCode() {
        return javaHash(pyHash(ThreadState.currentOrNull()));
    }

    long pyHash(ThreadState ts) {
        PyObject[] t;
        if (length.signum() == 0) t = new PyObject[] {PyInt.of(length), PyNone.NONE, PyNone.NONE};
        else if (length.equals(BigInteger.ONE)) t = new PyObject[] {PyInt.of(length), start, PyNone.NONE};
        else t = new PyObject[] {PyInt.of(length), start, step};
        return new PyTuple(t).pyHash(ts);
    }

    /** The slow iterator for ranges beyond long. */
    private static final class BigRangeIterator extends PyIter {
        private final PyRange range;
        private BigInteger index;
        private final int dir;

        BigRangeIterator(PyRange range, BigInteger index, int dir) {
            this.range = range;
            this.index = index;
            this.dir = dir;
        }

        @Override
        public PyType type() {
            return PyRangeIterator.LONGRANGE_ITERATOR;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (index.signum() < 0 || index.compareTo(range.length) >= 0) return null;
            PyInt v = range.item(index);
            index = index.add(BigInteger.valueOf(dir));
            return v;
        }
    }
}
