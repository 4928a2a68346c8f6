package org.gilkit.runtime;

/**
 * The stable sort behind list.sort and sorted(): a merge sort (insertion sort for short runs)
 * that only asks Python's {@code <}, as CPython's listsort does. Written by hand rather than
 * using Arrays.sort because a Python {@code __lt__} may be inconsistent (TimSort would throw
 * "Comparison method violates its general contract") or raise (the exception must propagate
 * unchanged). Keys are computed once per item.
 */
final class ListSort {
    private ListSort() {}

    private static final int INSERTION_LIMIT = 12;

    static void sort(ThreadState ts, PyObject[] items, PyObject key, boolean reverse) {
        int n = items.length;
        if (n < 2) return;
        PyObject[] keys = items;
        if (key != null) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) keys[i] = Ops.call(ts, key, items[i]);
        }
        if (reverse) {
            reverseRange(keys, items, key != null);
        }
        mergeSort(ts, keys, key != null ? items : null, new PyObject[n], key != null ? new PyObject[n] : null, 0, n);
        if (reverse) {
            reverseRange(keys, items, key != null);
        }
    }

    /** Reversing before and after a stable ascending sort gives a stable descending sort. */
    private static void reverseRange(PyObject[] keys, PyObject[] items, boolean both) {
        for (int i = 0, j = keys.length - 1; i < j; i++, j--) {
            PyObject t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (both) {
                t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
        }
    }

    private static boolean lt(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.compare((PyInt) a, (PyInt) b) < 0;
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return StrMethods.compare((PyStr) a, (PyStr) b) < 0;
        return Ops.isTrue(ts, Ops.compare(ts, a, b, Ops.Cmp.LT));
    }

    private static void mergeSort(ThreadState ts, PyObject[] k, PyObject[] v, PyObject[] tk, PyObject[] tv, int lo, int hi) {
        if (hi - lo <= INSERTION_LIMIT) {
            insertionSort(ts, k, v, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(ts, k, v, tk, tv, lo, mid);
        mergeSort(ts, k, v, tk, tv, mid, hi);
        if (!lt(ts, k[mid], k[mid - 1])) return;
        System.arraycopy(k, lo, tk, lo, hi - lo);
        if (v != null) System.arraycopy(v, lo, tv, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int out = lo; out < hi; out++) {
            boolean takeRight = i >= mid || (j < hi && lt(ts, tk[j], tk[i]));
            int src = takeRight ? j++ : i++;
            k[out] = tk[src];
            if (v != null) v[out] = tv[src];
        }
    }

    private static void insertionSort(ThreadState ts, PyObject[] k, PyObject[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            PyObject key = k[i];
            PyObject val = v == null ? null : v[i];
            int j = i;
            while (j > lo && lt(ts, key, k[j - 1])) {
                k[j] = k[j - 1];
                if (v != null) v[j] = v[j - 1];
                j--;
            }
            k[j] = key;
            if (v != null) v[j] = val;
        }
    }
}
