package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Python set and frozenset (one Java class; {@link #frozen} tells them apart, and a frozenset
 * is hashable). Elements live in an insertion-ordered {@link HashTable}; iteration order is
 * therefore insertion order, which for small ints matches CPython's order only by accident.
 */
public class PySet extends PyObject {
    public static final PyType SET = PyType.builtin("set", PyType.OBJECT, true);
    public static final PyType FROZENSET = PyType.builtin("frozenset", PyType.OBJECT, true);

    static {
        PySetMethods.install(SET, false);
        PySetMethods.install(FROZENSET, true);
    }

    final HashTable table = new HashTable(false);
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
        return table.size;
    }

    public final void add(ThreadState ts, PyObject x) {
        table.insert(ts, x, HashTable.hashOf(ts, x), null);
    }

    public final boolean contains(ThreadState ts, PyObject x) {
        return table.find(ts, x, HashTable.hashOf(ts, x)) >= 0;
    }

    /** Removes x; returns whether it was present. */
    public final boolean discard(ThreadState ts, PyObject x) {
        return table.delete(ts, x, HashTable.hashOf(ts, x)) != null;
    }

    public final void addAll(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PySet) {
            for (PyObject x : ((PySet) iterable).elements()) add(ts, x);
            return;
        }
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) add(ts, x);
    }

    /** A snapshot of the elements. */
    public final List<PyObject> elements() {
        HashTable t = table;
        List<PyObject> out = new ArrayList<>(t.size);
        for (int i = t.nextLive(0); i >= 0; i = t.nextLive(i + 1)) out.add(t.keys[i]);
        return out;
    }

    public final void clear() {
        table.clearTable();
    }

    /** frozenset's hash: CPython's order-independent shuffle-and-xor of the element hashes. */
    final long pyHash(ThreadState ts) {
        long hash = 0;
        HashTable t = table;
        for (int i = t.nextLive(0); i >= 0; i = t.nextLive(i + 1)) hash ^= shuffle(t.hashes[i]);
        hash ^= ((long) t.size + 1) * 1927868237L;
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
