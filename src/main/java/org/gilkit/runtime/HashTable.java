package org.gilkit.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered open-addressing hash table keyed by Python objects, laid out as CPython's
 * compact dict: a sparse {@code indices} array of positions into dense {@code hashes}/
 * {@code keys}/{@code values} arrays. Used by {@link PyDict} ({@code values} non-null) and
 * {@link PySet} (no values). Lookups compare by identity first, then by Python {@code ==}.
 *
 * <p>Under {@code --gil=off} concurrent mutation may lose entries or throw an
 * ArrayIndexOutOfBoundsException (converted to RuntimeError by {@link Errors#fromJava}); probing is
 * bounded by the table size, so a race can never make a lookup loop forever.
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
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        for (int probes = 0; probes <= idx.length + 70; probes++) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key || (k != null && hashes[ix] == hash && same(ts, k, key))) return ix;
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
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        for (int probes = 0; probes <= idx.length + 70; probes++) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && hashes[ix] == hash) {
                PyObject k = keys[ix];
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
        if (used == keys.length) grow();
        int pos = used++;
        hashes[pos] = hash;
        keys[pos] = key;
        if (values != null) values[pos] = value;
        slot(hash, pos);
        size++;
        version++;
        return null;
    }

    private void slot(long hash, int pos) {
        int[] idx = indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        for (int probes = 0; probes <= idx.length + 70; probes++) {
            if (idx[i] < 0) {
                idx[i] = pos;
                return;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        throw new IllegalStateException("hash table full (concurrent modification?)");
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
        PyObject old = values == null ? keys[ix] : values[ix];
        keys[ix] = null;
        if (values != null) values[ix] = null;
        size--;
        version++;
        return old;
    }

    /** Rebuilds the arrays with room for about twice the live entries, dropping deleted ones. */
    private void grow() {
        int cap = Math.max(8, size * 2 + 2);
        int n = Integer.highestOneBit(cap * 3 / 2) * 2;
        long[] h = new long[cap];
        PyObject[] k = new PyObject[cap];
        PyObject[] v = values == null ? null : new PyObject[cap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] == null) continue;
            h[j] = hashes[i];
            k[j] = keys[i];
            if (v != null) v[j] = values[i];
            j++;
        }
        hashes = h;
        keys = k;
        values = v;
        used = j;
        indices = newIndices(n);
        for (int i = 0; i < j; i++) slot(h[i], i);
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
