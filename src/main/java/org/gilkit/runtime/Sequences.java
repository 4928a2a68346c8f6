package org.gilkit.runtime;

/** Algorithms shared by list and tuple: indexing, slicing, comparison, repetition, search. */
final class Sequences {
    private Sequences() {}

    /** Normalises a Python index for a sequence of length n; -1 if out of range. */
    static int index(ThreadState ts, PyObject idx, int n, String what) {
        PyInt pi;
        if (idx instanceof PyInt) {
            pi = (PyInt) idx;
        } else {
            if (Ops.lookupSpecial(idx, "__index__") == null) {
                throw Errors.typeError(what + " indices must be integers or slices, not " + idx.type().name());
            }
            pi = Ops.index(ts, idx);
        }
        if (pi.isBig()) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        long i = pi.longValue();
        if (i < 0) i += n;
        return i < 0 || i >= n ? -1 : (int) i;
    }

    static PyObject[] slice(ThreadState ts, PyObject[] items, int n, PySlice s) {
        PySlice.Bounds b = s.indices(ts, n);
        PyObject[] out = new PyObject[b.length()];
        if (b.step() == 1) {
            System.arraycopy(items, b.start(), out, 0, b.length());
        } else {
            for (int k = 0, i = b.start(); k < out.length; k++, i += b.step()) out[k] = items[i];
        }
        return out;
    }

    /** Lexicographic rich comparison of two item arrays (CPython's list_richcompare). */
    static PyObject compare(ThreadState ts, PyObject[] a, int na, PyObject[] b, int nb, Ops.Cmp op) {
        if (na != nb && (op == Ops.Cmp.EQ || op == Ops.Cmp.NE)) return PyBool.of(op == Ops.Cmp.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (a[i] != b[i] && !Ops.eqBool(ts, a[i], b[i])) break;
        }
        if (i >= na || i >= nb) return PyBool.of(op.test(Integer.compare(na, nb)));
        if (op == Ops.Cmp.EQ) return PyBool.FALSE;
        if (op == Ops.Cmp.NE) return PyBool.TRUE;
        return Ops.compare(ts, a[i], b[i], op);
    }

    static boolean contains(ThreadState ts, PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n && i < items.length; i++) {
            PyObject v = items[i];
            if (v == x || Ops.eqBool(ts, v, x)) return true;
        }
        return false;
    }

    static int count(ThreadState ts, PyObject[] items, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n && i < items.length; i++) {
            if (items[i] == x || Ops.eqBool(ts, items[i], x)) c++;
        }
        return c;
    }

    /** index(x, start, stop) over items; -1 if absent. */
    static int indexOf(ThreadState ts, PyObject[] items, int n, PyObject[] a) {
        long start = a.length > 1 ? clamp(ts, a[1], n) : 0;
        long stop = a.length > 2 ? clamp(ts, a[2], n) : n;
        for (long i = start; i < stop && i < n && i < items.length; i++) {
            PyObject v = items[(int) i];
            if (v == a[0] || Ops.eqBool(ts, v, a[0])) return (int) i;
        }
        return -1;
    }

    private static long clamp(ThreadState ts, PyObject o, int n) {
        if (!(o instanceof PyInt) && Ops.lookupSpecial(o, "__index__") == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt p = Ops.index(ts, o);
        long i = p.isBig() ? (p.signum() > 0 ? n : -n - 1L) : p.longValue();
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
    }

    /**
     * Whether seq * n repeats (n is an int or has __index__); when not, the sequence's
     * __mul__/__rmul__ return NotImplemented so that n's reflected method gets its turn, and
     * {@link Ops} raises "can't multiply sequence by non-int" if that fails too (CPython's order).
     */
    static boolean repeatable(PyObject n) {
        return n instanceof PyInt || Ops.lookupSpecial(n, "__index__") != null;
    }

    /** The repeat count for seq * n, or a TypeError naming n's type. */
    static long repeatCount(ThreadState ts, PyObject n) {
        if (!repeatable(n)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        PyInt k = Ops.index(ts, n);
        // CPython converts the count to Py_ssize_t first, so a count beyond 64 bits is an
        // OverflowError whatever its sign ([1] * -2**70 is not []); only then do negative
        // counts mean "empty" and huge positive ones MemoryError (repeatedLength).
        if (k.isBig()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return Math.max(0, k.longValue());
    }

    /**
     * The length of {@code len} items repeated {@code k} times (both >= 0), or MemoryError past
     * what one Java array holds; checked by division so that no product can overflow. The one
     * check that str, bytes, list and tuple repetition share.
     */
    static int repeatedLength(long len, long k) {
        if (len == 0 || k == 0) return 0;
        if (k > (Integer.MAX_VALUE - 16) / len) throw Errors.noMemory();
        return (int) (len * k);
    }

    /**
     * A size that a caller asked for (bytes(n), str.center(width)...) as an array length, or
     * MemoryError past what one Java array holds: CPython would try to allocate it and fail
     * the same way, where a bare (int) cast would silently wrap.
     */
    static int allocSize(long n) {
        if (n > Integer.MAX_VALUE - 16) throw Errors.noMemory();
        return (int) n;
    }


    static PyObject[] repeat(PyObject[] items, int n, long k) {
        if (n == 0 || k == 0) return new PyObject[0];
        PyObject[] out = new PyObject[repeatedLength(n, k)];
        for (int r = 0; r < k; r++) System.arraycopy(items, 0, out, r * n, n);
        return out;
    }

    /** "(1, 2)" / "[1, 2]" bodies: the reprs of the items joined by ", ". */
    static String reprItems(ThreadState ts, PyObject[] items, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Ops.repr(ts, items[i]));
        }
        return sb.toString();
    }

    /** All items of an iterable as an array (fast for list and tuple). */
    static PyObject[] toArray(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PyList) return ((PyList) iterable).toArray();
        if (iterable instanceof PyTuple) return ((PyTuple) iterable).items.clone();
        PyList out = new PyList();
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) out.append(x);
        return out.toArray();
    }
}
