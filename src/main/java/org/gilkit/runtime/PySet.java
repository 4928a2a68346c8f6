package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Python set and frozenset (one Java class; {@link #frozen} tells them apart, and a frozenset
 * is hashable). Elements live in a {@link SetTable}, CPython's own table layout, so iteration
 * order matches CPython for deterministic hashes.
 */
public class PySet extends PyObject {
    public static final PyType SET = PyType.builtin("set", PyType.OBJECT, true);
    public static final PyType FROZENSET = PyType.builtin("frozenset", PyType.OBJECT, true);

    static {
        PySetMethods.install(SET, false);
        PySetMethods.install(FROZENSET, true);
    }

    final SetTable table = new SetTable();
    final boolean frozen;
    private final PyType type;
    private PyDict dict;

    public PySet(boolean frozen) {
        this(frozen ? FROZENSET : SET, frozen);
    }

    PySet(PyType type, boolean frozen) {
        this.type = type;
        this.frozen = frozen;
    }

    /** A new set holding the items of an iterable. */
    public static PySet from(ThreadState ts, PyObject iterable) {
        PySet s = new PySet(false);
        s.addAll(ts, iterable);
        return s;
    }

    /**
     * The set a display of three or more constants ({@code {100, 5, 37}}) evaluates to in
     * CPython 3.11: the compiler folds the constants into a frozenset, rebuilds it from its own
     * iteration order when merging constants, and the set is filled from that (SET_UPDATE). The
     * compiler/VM should use this for such displays so that printing them matches CPython.
     */
    public static PySet fromConstantDisplay(ThreadState ts, PyObject[] items) {
        PySet folded = new PySet(true);
        for (PyObject x : items) folded.add(ts, x);
        PySet merged = new PySet(true);
        for (PyObject x : folded.elements()) merged.add(ts, x);
        PySet result = new PySet(false);
        result.addAll(ts, merged);
        return result;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (type == SET || type == FROZENSET) return null;
        if (dict == null) dict = new PyDict();
        return dict;
    }

    public final boolean isFrozen() {
        return frozen;
    }

    public final int size() {
        return table.size();
    }

    public final void add(ThreadState ts, PyObject x) {
        table.add(ts, x, HashTable.hashOf(ts, x));
    }

    public final boolean contains(ThreadState ts, PyObject x) {
        return table.lookup(ts, x, HashTable.hashOf(ts, x)) >= 0;
    }

    /** Removes x; returns whether it was present. */
    public final boolean discard(ThreadState ts, PyObject x) {
        return table.discard(ts, x, HashTable.hashOf(ts, x));
    }

    /** set.update(iterable), as CPython's set_update_internal (sets merge table to table, dicts by entry). */
    public final void addAll(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PySet) {
            table.merge(ts, ((PySet) iterable).table);
            return;
        }
        if (iterable.getClass() == PyDict.class) {
            PyDict d = (PyDict) iterable;
            if ((long) (table.fill + d.size()) * 5 >= (long) table.mask * 3) table.resize((table.used + d.size()) * 2);
            HashTable t = d.table;
            for (int i = t.nextLive(0); i >= 0; i = t.nextLive(i + 1)) table.add(ts, t.keys[i], t.hashes[i]);
            return;
        }
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) add(ts, x);
    }

    /** A snapshot of the elements in table (iteration) order. */
    public final List<PyObject> elements() {
        SetTable t = table;
        List<PyObject> out = new ArrayList<>(t.size());
        for (int i = t.next(0); i >= 0; i = t.next(i + 1)) out.add(t.keys[i]);
        return out;
    }

    public final void clear() {
        table.clear();
    }

    /** frozenset's hash: CPython's order-independent shuffle-and-xor of the element hashes. */
    final long pyHash(ThreadState ts) {
        long hash = 0;
        SetTable t = table;
        for (int i = t.next(0); i >= 0; i = t.next(i + 1)) hash ^= shuffle(t.hashes[i]);
        hash ^= ((long) t.used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof PySet && Ops.eqBool(ThreadState.current(), this, (PySet) o);
    }

    @Override
    public int hashCode() {
        if (!frozen) throw Errors.typeError("unhashable type: '" + type.name() + "'");
        return javaHash(pyHash(ThreadState.currentOrNull()));
    }
}
