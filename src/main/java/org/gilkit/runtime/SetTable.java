package org.gilkit.runtime;

/**
 * The hash table of set and frozenset, a transcription of CPython 3.11's setobject.c (linear
 * probing by 9 then perturbed jumps, dummies on delete, resize at 60% fill to 4x the used
 * count, the "insert clean" and "copy the table" shortcuts). Matching the table exactly makes
 * iteration order, and therefore {@code print({3, 1, 2})}, identical to CPython's for keys whose
 * hashes are deterministic (ints, floats, tuples of them).
 *
 * <p>Under {@code --gil=off} concurrent mutation may lose elements or throw (converted to
 * RuntimeError by {@link Errors#fromJava}); every probe loop is bounded, so it never hangs.
 */
final class SetTable {
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot (its hash is -1, which no live key has). */
    static final PyObject DUMMY = new PyInstance(PyType.OBJECT);

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    /** Active + dummy slots. */
    int fill;
    /** Active slots. */
    int used;
    /** Where pop() starts looking. */
    int finger;

    private static boolean equal(ThreadState ts, PyObject a, PyObject b) {
        return HashTable.same(ts, a, b);
    }

    /*
     * Every probe loop below is bounded: once perturb has shifted to zero (at most 13 rounds for a
     * 64-bit hash) the recurrence i = 5i + 1 visits every slot, and a table always has a free
     * one, so mask + 70 rounds always suffice; running out means another thread changed the table
     * under us (--gil=off), reported as an exception rather than a hang.
     */

    /** The slot holding key, or -1. */
    int lookup(ThreadState ts, PyObject key, long hash) {
        PyObject[] k = keys;
        long[] h = hashes;
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        for (int guard = 0; guard <= m + 70; guard++) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject e = k[j];
                if (e == null && h[j] == 0) return -1;
                if (e != null && e != DUMMY && h[j] == hash && (e == key || equal(ts, e, key))) return j;
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
        return -1;
    }

    /** Adds key; returns false if it was already present. */
    boolean add(ThreadState ts, PyObject key, long hash) {
        while (true) {
            PyObject[] k = keys;
            long[] h = hashes;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            for (int guard = 0; guard <= m + 70; guard++) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject e = k[j];
                    if (e == null && h[j] == 0) return insertAt(freeslot >= 0 ? freeslot : j, freeslot < 0, key, hash);
                    if (h[j] == hash && e != null && e != DUMMY) {
                        if (e == key || equal(ts, e, key)) return false;
                        if (k != keys) break;
                    } else if (h[j] == -1 && e == DUMMY && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                if (k != keys) break;
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (k == keys) throw new IllegalStateException("set table probe did not terminate (concurrent modification?)");
        }
    }

    private boolean insertAt(int j, boolean unused, PyObject key, long hash) {
        keys[j] = key;
        hashes[j] = hash;
        used++;
        if (!unused) return true;
        fill++;
        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
        return true;
    }

    /** Removes key; returns whether it was present. */
    boolean discard(ThreadState ts, PyObject key, long hash) {
        int j = lookup(ts, key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** CPython's set_table_resize: the smallest power of two above minused, entries reinserted in table order. */
    void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject e = oldKeys[i];
            if (e != null && e != DUMMY) insertClean(e, oldHashes[i]);
        }
    }

    /** Inserts a key known to be absent into a table without dummies. */
    void insertClean(PyObject key, long hash) {
        PyObject[] k = keys;
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        for (int guard = 0; guard <= m + 70; guard++) {
            if (k[i] == null) {
                k[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (k[i + j] == null) {
                        k[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
        throw new IllegalStateException("set table full (concurrent modification?)");
    }

    /** CPython's set_merge: adds every element of other, with its table-copy shortcuts. */
    void merge(ThreadState ts, SetTable other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject e = other.keys[i];
                if (e != null && e != DUMMY) insertClean(e, other.hashes[i]);
            }
            return;
        }
        for (int i = 0; i <= other.mask && i < other.keys.length; i++) {
            PyObject e = other.keys[i];
            if (e != null && e != DUMMY) add(ts, e, other.hashes[i]);
        }
    }

    /** The next live slot at or after i, or -1. */
    int next(int i) {
        PyObject[] k = keys;
        for (; i < k.length; i++) if (k[i] != null && k[i] != DUMMY) return i;
        return -1;
    }

    /** CPython's set_pop: the first live slot from the finger on; -1 if empty. */
    int popSlot() {
        if (used == 0) return -1;
        int m = mask;
        int i = finger & m;
        for (int guard = 0; guard <= m; guard++) {
            PyObject e = keys[i];
            if (e != null && e != DUMMY) {
                finger = i + 1;
                return i;
            }
            i = (i + 1) & m;
        }
        return -1;
    }

    void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** Swaps contents with another table (set_swap_bodies, for in-place operators). */
    void swap(SetTable o) {
        PyObject[] k = keys;
        long[] h = hashes;
        int m = mask;
        int f = fill;
        int u = used;
        keys = o.keys;
        hashes = o.hashes;
        mask = o.mask;
        fill = o.fill;
        used = o.used;
        o.keys = k;
        o.hashes = h;
        o.mask = m;
        o.fill = f;
        o.used = u;
    }
}
