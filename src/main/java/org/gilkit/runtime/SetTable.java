package org.gilkit.runtime;

/**
 * The hash table of set and frozenset, a transcription of CPython 3.11's setobject.c (linear
 * probing by 9 then perturbed jumps, dummies on delete, resize at 60% fill to 4x the used
 * count, the "insert clean" and "copy the table" shortcuts). Matching the table exactly makes
 * iteration order, and therefore {@code print({3, 1, 2})}, identical to CPython's for keys whose
 * hashes are deterministic (ints, floats, tuples of them).
 *
 * <p>Under {@code --gil=off} concurrent mutation may lose elements or throw (converted to
 * RuntimeError by {@link Errors#fromJava}); every probe loop is bounded, so it never hangs, and
 * a table whose counters lost updates repairs itself (see the notes before {@link #lookup}).
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
     * Robustness without the GIL (issue 4; NoGilRaceTest once left a set with no empty slot, so
     * every later add failed): threads racing under --gil=off may lose updates, but the table
     * must stay usable. So
     *  - every probe loop is bounded: once perturb has shifted to zero (at most 13 rounds for a
     *    64-bit hash) the recurrence i = 5i + 1 visits every slot, so mask + 70 rounds find a free
     *    slot if there is one;
     *  - probes work on one snapshot of the arrays, with the mask taken from the snapshot's
     *    length, and write into that snapshot (a racing resize then loses the write, never
     *    indexes a smaller array);
     *  - fill and used are plain counters that racing increments can lose, so they are never
     *    trusted for memory safety: add() repeats the 60% fill check before probing, and if a
     *    probe still finds no free slot the table is rebuilt from its live entries (resize counts
     *    them itself), which also repairs the counters.
     * With one thread (or the GIL) none of this changes what CPython's algorithm does.
     */

    /** How often add() retries after a racing resize or a rebuild before giving up with an exception. */
    private static final int MAX_ATTEMPTS = 64;

    /** The slot holding key, or -1. */
    int lookup(ThreadState ts, PyObject key, long hash) {
        PyObject[] k = keys;
        long[] h = hashes;
        return k.length == h.length ? lookupIn(ts, k, h, key, hash) : -1;
    }

    /** The slot of key in the given arrays (one consistent snapshot), or -1. */
    private static int lookupIn(ThreadState ts, PyObject[] k, long[] h, PyObject key, long hash) {
        int m = k.length - 1;
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
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
            PyObject[] k = keys;
            long[] h = hashes;
            if (k.length != h.length) continue; // a resize is publishing its arrays
            int r = probeAndInsert(ts, k, h, key, hash);
            if (r >= 0) return r == 1;
            if (r == NO_FREE_SLOT && k == keys) resize(used > 50000 ? used * 2 : used * 4);
        }
        throw new java.util.ConcurrentModificationException("set table keeps changing under add()");
    }

    private static final int NO_FREE_SLOT = -1;
    private static final int TABLE_REPLACED = -2;

    /**
     * CPython's set_add_entry on one snapshot: 1 if inserted, 0 if already present,
     * {@link #TABLE_REPLACED} if an __eq__ or another thread replaced the table (retry), or
     * {@link #NO_FREE_SLOT} if the snapshot has no free slot (counters lost updates: rebuild).
     */
    private int probeAndInsert(ThreadState ts, PyObject[] k, long[] h, PyObject key, long hash) {
        int m = k.length - 1;
        long perturb = hash;
        int i = (int) (hash & m);
        int freeslot = -1;
        for (int guard = 0; guard <= m + 70; guard++) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject e = k[j];
                if (e == null && h[j] == 0) {
                    if (k != keys) return TABLE_REPLACED;
                    insertAt(k, h, freeslot >= 0 ? freeslot : j, freeslot < 0, key, hash);
                    return 1;
                }
                if (h[j] == hash && e != null && e != DUMMY) {
                    if (e == key || equal(ts, e, key)) return 0;
                    if (k != keys) return TABLE_REPLACED;
                } else if (h[j] == -1 && e == DUMMY && freeslot < 0) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
        if (freeslot >= 0 && k == keys) {
            insertAt(k, h, freeslot, false, key, hash);
            return 1;
        }
        return k == keys ? NO_FREE_SLOT : TABLE_REPLACED;
    }

    private void insertAt(PyObject[] k, long[] h, int j, boolean unused, PyObject key, long hash) {
        k[j] = key;
        h[j] = hash;
        used++;
        if (!unused) return;
        fill++;
        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
    }

    /** Removes key; returns whether it was present. */
    boolean discard(ThreadState ts, PyObject key, long hash) {
        PyObject[] k = keys;
        long[] h = hashes;
        if (k.length != h.length) return false;
        int j = lookupIn(ts, k, h, key, hash);
        if (j < 0) return false;
        k[j] = DUMMY;
        h[j] = -1;
        decrementUsed();
        return true;
    }

    /**
     * CPython's set_table_resize: the smallest power of two above minused, entries reinserted in
     * table order. The new arrays are filled before they are published, and sized by the live
     * entries actually found when the counters have drifted below them (see above).
     */
    void resize(int minused) {
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = Math.min(oldKeys.length, oldHashes.length);
        int live = 0;
        for (int i = 0; i < n; i++) if (oldKeys[i] != null && oldKeys[i] != DUMMY) live++;
        int need = live > minused ? live * 4 : minused;
        int newsize = MINSIZE;
        while (newsize <= need) newsize <<= 1;
        PyObject[] k = new PyObject[newsize];
        long[] h = new long[newsize];
        for (int i = 0; i < n; i++) {
            PyObject e = oldKeys[i];
            if (e != null && e != DUMMY) insertClean(k, h, e, oldHashes[i]);
        }
        keys = k;
        hashes = h;
        mask = newsize - 1;
        fill = live;
        used = live;
    }

    /** Inserts a key known to be absent into this table, which has no dummies; false if it is full. */
    boolean insertClean(PyObject key, long hash) {
        PyObject[] k = keys;
        long[] h = hashes;
        return k.length == h.length && insertClean(k, h, key, hash);
    }

    private static boolean insertClean(PyObject[] k, long[] h, PyObject key, long hash) {
        int m = k.length - 1;
        long perturb = hash;
        int i = (int) (hash & m);
        for (int guard = 0; guard <= m + 70; guard++) {
            if (k[i] == null) {
                k[i] = key;
                h[i] = hash;
                return true;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (k[i + j] == null) {
                        k[i + j] = key;
                        h[i + j] = hash;
                        return true;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
        return false;
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
        PyObject[] ok = other.keys;
        long[] oh = other.hashes;
        int n = Math.min(ok.length, oh.length);
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < n; i++) {
                PyObject e = ok[i];
                // A full table here means other's counters lost updates (--gil=off): add() rebuilds.
                if (e != null && e != DUMMY && !insertClean(e, oh[i])) add(ts, e, oh[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            PyObject e = ok[i];
            if (e != null && e != DUMMY) add(ts, e, oh[i]);
        }
    }

    /** The next live slot at or after i, or -1. */
    int next(int i) {
        PyObject[] k = keys;
        for (; i < k.length; i++) if (k[i] != null && k[i] != DUMMY) return i;
        return -1;
    }

    /** CPython's set_pop: removes and returns the first live key from the finger on; null if empty. */
    PyObject pop() {
        if (used <= 0) return null;
        PyObject[] k = keys;
        long[] h = hashes;
        if (k.length != h.length) throw new java.util.ConcurrentModificationException("set resized during pop()");
        int m = k.length - 1;
        int i = finger & m;
        for (int guard = 0; guard <= m; guard++) {
            PyObject e = k[i];
            if (e != null && e != DUMMY) {
                finger = i + 1;
                k[i] = DUMMY;
                h[i] = -1;
                decrementUsed();
                return e;
            }
            i = (i + 1) & m;
        }
        return null;
    }

    /** used - 1, written from one read so that racing decrements can lose updates but never go below 0. */
    private void decrementUsed() {
        int u = used;
        if (u > 0) used = u - 1;
    }

    /** The number of elements (never negative, even after racing discards lost updates). */
    int size() {
        return Math.max(0, used);
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
