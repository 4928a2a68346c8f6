package org.gilkit.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered open-addressing hash table keyed by Python objects, laid out as CPython's
 * compact dict: a sparse {@code indices} array of positions into dense {@code hashes}/
 * {@code keys}/{@code values} arrays. Used by {@link PyDict} ({@code values} non-null) and
 * {@link PySet} (no values). Lookups compare by identity first, then by Python {@code ==}.
 *
 * <p>Under {@code --gil=off} concurrent mutation may lose entries or throw (converted to
 * RuntimeError by {@link Errors#fromJava}); probing is bounded by the table size, so a race can
 * never make a lookup loop forever. Probes read one snapshot of each array and check positions
 * against it, and an insert that finds no free index slot (counters that lost updates) rebuilds
 * the table instead of failing, so the table stays usable after a race (issue 4).
 */
class HashTable {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    int[] indices = newIndices(8);
    long[] hashes = new long[5];
    PyObject[] keys = new PyObject[5];
    PyObject[] values;
    /** Entries used in the dense arrays (including deleted ones). */
    int used;
    /** Live entries. */
    int size;
    /** Bumped by every insertion and deletion, so iterators notice changes. */
    int version;

    HashTable(boolean withValues) {
        values = withValues ? new PyObject[5] : null;
    }

    private static int[] newIndices(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    /** The Python hash of a key, with direct paths for str and int. */
    static long hashOf(ThreadState ts, PyObject k) {
        Class<?> c = k.getClass();
        if (c == PyStr.class) return ((PyStr) k).value.hashCode();
        if (c == PyInt.class) return ((PyInt) k).pyHash();
        return Ops.hash(ts != null ? ts : ThreadState.current(), k);
    }

    static boolean same(ThreadState ts, PyObject a, PyObject b) {
        if (a == b) return true;
        Class<?> c = a.getClass();
        if (c == PyStr.class && b.getClass() == PyStr.class) return ((PyStr) a).value.equals(((PyStr) b).value);
        return Ops.eqBool(ts != null ? ts : ThreadState.current(), a, b);
    }

    /** The dense position of key, or -1. */
    final int find(ThreadState ts, PyObject key, long hash) {
        int[] idx = indices;
        PyObject[] ks = keys;
        long[] hs = hashes;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        for (int probes = 0; probes <= idx.length + 70; probes++) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && ix < ks.length && ix < hs.length) {
                PyObject k = ks[ix];
                if (k == key || (k != null && hs[ix] == hash && same(ts, k, key))) return ix;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return -1;
    }

    /**
     * The dense position of the str key {@code key} (hash = its Java hash), or -1: the attribute
     * lookup path, which needs no PyStr allocation. Only exact str keys match (as for instance
     * dicts, whose keys are attribute names).
     */
    final int findStr(String key) {
        long hash = key.hashCode();
        int[] idx = indices;
        PyObject[] ks = keys;
        long[] hs = hashes;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        for (int probes = 0; probes <= idx.length + 70; probes++) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && ix < ks.length && ix < hs.length && hs[ix] == hash) {
                PyObject k = ks[ix];
                if (k instanceof PyStr && ((PyStr) k).value.equals(key)) return ix;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return -1;
    }

    /** Inserts or replaces; returns the previous value (or the key for sets), null if new. */
    final PyObject insert(ThreadState ts, PyObject key, long hash, PyObject value) {
        int ix = find(ts, key, hash);
        if (ix >= 0) {
            if (values == null) return keys[ix];
            PyObject old = values[ix];
            values[ix] = value;
            return old;
        }
        for (int attempt = 0; attempt < 64; attempt++) {
            if (used >= keys.length) grow();
            long[] hs = hashes;
            PyObject[] ks = keys;
            PyObject[] vs = values;
            int pos = used++;
            if (pos < 0 || pos >= hs.length || pos >= ks.length || (vs != null && pos >= vs.length)) continue;
            hs[pos] = hash;
            ks[pos] = key;
            if (vs != null) vs[pos] = value;
            // No free index slot means racing inserts outran the counters: rebuilding the
            // indices from the dense arrays (which hold the new entry) repairs the table.
            if (slot(indices, hash, pos)) {
                size++;
            } else {
                grow(); // counts the new entry
            }
            version++;
            return null;
        }
        throw new java.util.ConcurrentModificationException("dict keeps changing under insert");
    }

    /** Points a free index slot at pos; false if the indices have no free slot (only after a race). */
    private static boolean slot(int[] idx, long hash, int pos) {
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        for (int probes = 0; probes <= idx.length + 70; probes++) {
            if (idx[i] < 0) {
                idx[i] = pos;
                return true;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return false;
    }

    /** Removes key; returns its value (or the key for sets), null if absent. */
    final PyObject delete(ThreadState ts, PyObject key, long hash) {
        int ix = find(ts, key, hash);
        if (ix < 0) return null;
        int[] idx = indices;
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] == ix) {
                idx[i] = DUMMY;
                break;
            }
        }
        PyObject[] ks = keys;
        PyObject[] vs = values;
        if (ix >= ks.length || (vs != null && ix >= vs.length)) return null;
        PyObject old = vs == null ? ks[ix] : vs[ix];
        ks[ix] = null;
        if (vs != null) vs[ix] = null;
        int n = size;
        if (n > 0) size = n - 1; // one read: racing deletes may lose updates, never go negative
        version++;
        return old;
    }

    /** Rebuilds the arrays with room for about twice the live entries, dropping deleted ones. */
    private void grow() {
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int end = Math.min(Math.min(used, ok.length), Math.min(oh.length, ov == null ? Integer.MAX_VALUE : ov.length));
        int live = 0;
        for (int i = 0; i < end; i++) if (ok[i] != null) live++;
        // Sized by the live entries actually present: size may have lost updates (--gil=off).
        int cap = Math.max(8, Math.max(size, live) * 2 + 2);
        int n = Integer.highestOneBit(cap * 3 / 2) * 2;
        long[] h = new long[cap];
        PyObject[] k = new PyObject[cap];
        PyObject[] v = ov == null ? null : new PyObject[cap];
        int j = 0;
        for (int i = 0; i < end; i++) {
            if (ok[i] == null) continue;
            h[j] = oh[i];
            k[j] = ok[i];
            if (v != null) v[j] = ov[i];
            j++;
        }
        int[] idx = newIndices(n);
        for (int i = 0; i < j; i++) slot(idx, h[i], i);
        hashes = h;
        keys = k;
        values = v;
        used = j;
        size = j;
        indices = idx;
    }

    final void clearTable() {
        indices = newIndices(8);
        hashes = new long[5];
        keys = new PyObject[5];
        if (values != null) values = new PyObject[5];
        used = 0;
        size = 0;
        version++;
    }

    /** The next live position at or after pos, or -1. */
    final int nextLive(int pos) {
        PyObject[] k = keys;
        int u = Math.min(used, k.length);
        for (int i = pos; i < u; i++) if (k[i] != null) return i;
        return -1;
    }

    /** The last live position, or -1. */
    final int lastLive() {
        for (int i = Math.min(used, keys.length) - 1; i >= 0; i--) if (keys[i] != null) return i;
        return -1;
    }
}
