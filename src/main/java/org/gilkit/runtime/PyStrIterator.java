package org.gilkit.runtime;

/** Iterator over a str's code points. */
public final class PyStrIterator extends PyIter {
    private final String value;
    private int offset;

    public PyStrIterator(PyStr s) {
        this.value = s.value;
    }

    @Override
    public PyType type() {
        return PySeqIterator.STR_ITERATOR;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (offset >= value.length()) return null;
        int c = value.codePointAt(offset);
        offset += Character.charCount(c);
        return PyStr.ofCodePoint(c);
    }
}
