package org.gilkit.runtime;

/**
 * The iterator of a range whose values fit in a long: three longs and one PyInt allocation per
 * step (none for values in the small-int cache). This is the hot object of
 * {@code for i in range(n)}; keep it final and free of virtual calls.
 */
public final class PyRangeIterator extends PyIter {
    static final PyType TYPE = iterType("range_iterator");
    static final PyType LONGRANGE_ITERATOR = iterType("longrange_iterator");

    private long next;
    private final long step;
    private long remaining;

    PyRangeIterator(long start, long step, long count) {
        this.next = start;
        this.step = step;
        this.remaining = count;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (remaining <= 0) return null;
        remaining--;
        long v = next;
        next = v + step;
        return PyInt.of(v);
    }

    /** The next value as a long without boxing, for a VM that specialises range loops; call only if {@link #hasNext()}. */
    public long nextLong() {
        remaining--;
        long v = next;
        next = v + step;
        return v;
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    int remaining() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, remaining));
    }
}
