package org.gilkit.runtime;

/**
 * Iterators over the built-in sequences by index (list, tuple, str and bytes forward and
 * reversed), and over any object with {@code __getitem__} (the old sequence protocol, stopping
 * at IndexError or StopIteration). Lists are re-read at each step, so appending while iterating
 * behaves as in CPython.
 */
public final class PySeqIterator extends PyIter {
    static final PyType LIST_ITERATOR = iterType("list_iterator");
    static final PyType LIST_REVERSE = iterType("list_reverseiterator");
    static final PyType TUPLE_ITERATOR = iterType("tuple_iterator");
    static final PyType STR_ITERATOR = iterType("str_ascii_iterator");
    static final PyType BYTES_ITERATOR = iterType("bytes_iterator");
    static final PyType SEQ_ITERATOR = iterType("iterator");
    static final PyType REVERSED = iterType("reversed", true);

    static {
        REVERSED.defineNew((ts, cls, a, kw) -> {
            if (ArgParser.hasKw(kw)) throw Errors.typeError("reversed() takes no keyword arguments");
            ArgParser.checkPositional("reversed", a.length, 1, 1);
            return reversed(ts, a[0]);
        });
    }

    /** The {@code reversed} type (for the builtins namespace). */
    public static PyType reversedType() {
        return REVERSED;
    }

    /** reversed(seq): __reversed__ if the type has it, else the sequence protocol. */
    public static PyObject reversed(ThreadState ts, PyObject seq) {
        PyObject r = seq.type().lookup("__reversed__");
        if (r == PyNone.NONE) throw Errors.notA(seq, "is not reversible");
        if (r != null) return Ops.callDescriptor(ts, r, seq);
        if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null || seq instanceof PyDict) {
            throw Errors.notA(seq, "is not reversible");
        }
        return reversedSeq(seq, Ops.len(ts, seq));
    }

    private final PyType type;
    private PyObject seq;
    private int index;
    private final boolean reverse;

    private PySeqIterator(PyType type, PyObject seq, int start, boolean reverse) {
        this.type = type;
        this.seq = seq;
        this.index = start;
        this.reverse = reverse;
    }

    public static PySeqIterator of(PyList l) {
        return new PySeqIterator(LIST_ITERATOR, l, 0, false);
    }

    public static PySeqIterator reversed(PyList l) {
        return new PySeqIterator(LIST_REVERSE, l, l.size() - 1, true);
    }

    public static PySeqIterator of(PyTuple t) {
        return new PySeqIterator(TUPLE_ITERATOR, t, 0, false);
    }

    /** reversed() over a sequence with __len__ and __getitem__. */
    public static PySeqIterator reversedSeq(PyObject seq, int len) {
        return new PySeqIterator(REVERSED, seq, len - 1, true);
    }

    /** The __getitem__ protocol iterator (iter() of an object without __iter__). */
    public static PySeqIterator ofGetItem(PyObject seq) {
        return new PySeqIterator(SEQ_ITERATOR, seq, 0, false);
    }

    static PySeqIterator ofBytes(PyObject b) {
        return new PySeqIterator(BYTES_ITERATOR, b, 0, false);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject s = seq;
        if (s == null) return null;
        int i = index;
        if (reverse ? i < 0 : i < 0) {
            seq = null;
            return null;
        }
        if (s instanceof PyList) {
            PyList l = (PyList) s;
            if (i >= l.size) return exhausted();
            index = reverse ? i - 1 : i + 1;
            return l.items[i];
        }
        if (s instanceof PyTuple) {
            PyTuple t = (PyTuple) s;
            if (i >= t.items.length) return exhausted();
            index = reverse ? i - 1 : i + 1;
            return t.items[i];
        }
        if (s instanceof PyBytesLike && !reverse) {
            byte[] b = ((PyBytesLike) s).bytes();
            if (i >= b.length) return exhausted();
            index = i + 1;
            return PyInt.of(b[i] & 0xff);
        }
        return nextByGetItem(ts, s, i);
    }

    private PyObject nextByGetItem(ThreadState ts, PyObject s, int i) {
        try {
            PyObject v = Ops.getItem(ts, s, PyInt.of(i));
            index = reverse ? i - 1 : i + 1;
            return v;
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) return exhausted();
            throw e;
        }
    }

    private PyObject exhausted() {
        seq = null;
        return null;
    }

    /** __length_hint__: how many items remain. */
    int remaining() {
        if (seq == null) return 0;
        if (reverse) return index + 1;
        int n = seq instanceof PyList ? ((PyList) seq).size : seq instanceof PyTuple ? ((PyTuple) seq).size() : 0;
        return Math.max(0, n - index);
    }
}
