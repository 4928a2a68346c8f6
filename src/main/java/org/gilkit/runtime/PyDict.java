package org.gilkit.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python dict: insertion-ordered, keys compared by identity then {@code ==} (see
 * {@link HashTable}). The Java API ({@link #getItem}, {@link #put}, {@link #remove}) returns null
 * for a missing key; Python-level errors (KeyError) are raised by the method layer
 * ({@link DictMethods}) and {@link Ops}. Subclassable: user subclasses are {@link PyDictSub}.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, true);

    static {
        DictMethods.install(TYPE);
    }

    final HashTable table = new HashTable(true);

    public PyDict() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return table.size;
    }

    /** The value for key, or null. */
    public final PyObject getItem(ThreadState ts, PyObject key) {
        int ix = table.find(ts, key, HashTable.hashOf(ts, key));
        return ix < 0 ? null : table.values[ix];
    }

    /** The value for key, or null (key hashing may need the current thread state). */
    public final PyObject getItem(PyObject key) {
        return getItem(null, key);
    }

    /** The value for a str key, or null. */
    public final PyObject getStr(String key) {
        HashTable t = table;
        int ix = t.findStr(key);
        return ix < 0 ? null : t.values[ix];
    }

    /**
     * A counter bumped by every insertion, deletion and clear (not by replacing the value of an
     * existing key): while it is unchanged, a position from {@link #indexOf} still holds the
     * same key. The VM's LOAD_GLOBAL cache (org.gilkit.vm.GlobalSite) relies on it, as CPython's
     * does on dict versions.
     */
    public final int layoutVersion() {
        return table.version;
    }

    /**
     * The value at dense position {@code index} if the key there is the str {@code key}, else
     * null: the VM's attribute cache guesses where an instance dict keeps an attribute (instances
     * of one class fill their dicts in the same order, so the position learned on one instance
     * usually holds for the next) and checks the guess here without hashing. A deleted entry's key
     * is null, and a key is never live at two positions, so a match is the live entry. Attribute
     * names are interned, so the {@code equals} is normally an identity test.
     */
    public final PyObject strAt(int index, String key) {
        HashTable t = table;
        PyObject[] ks = t.keys;
        PyObject[] vs = t.values;
        if (index < 0 || index >= ks.length || vs == null || index >= vs.length) return null;
        PyObject k = ks[index];
        return k instanceof PyStr ps && (ps.value == key || ps.value.equals(key)) ? vs[index] : null;
    }

    /**
     * Replaces the value at dense position {@code index} if the key there is the str {@code key}
     * (the store side of {@link #strAt}): true if it did, false (nothing changed) otherwise.
     * Replacing a value keeps {@link #layoutVersion}, as {@link #put} of an existing key does.
     */
    public final boolean replaceStrAt(int index, String key, PyObject value) {
        HashTable t = table;
        PyObject[] ks = t.keys;
        PyObject[] vs = t.values;
        if (index < 0 || index >= ks.length || vs == null || index >= vs.length) return false;
        PyObject k = ks[index];
        if (!(k instanceof PyStr ps && (ps.value == key || ps.value.equals(key)))) return false;
        vs[index] = value;
        return true;
    }

    /** The dense position of the str key {@code key} (exact str keys only, as {@link #getStr}), or -1. */
    public final int indexOfStr(String key) {
        return table.findStr(key);
    }

    /** The dense position of {@code key}, or -1; valid while {@link #layoutVersion} is unchanged. */
    public final int indexOf(ThreadState ts, PyObject key) {
        return table.find(ts, key, HashTable.hashOf(ts, key));
    }

    /**
     * The current value at a position from {@link #indexOf}, or null (deleted, or a racing
     * resize under {@code --gil=off} made the position stale).
     */
    public final PyObject valueAt(int index) {
        PyObject[] v = table.values;
        return index < v.length ? v[index] : null;
    }

    public final void put(ThreadState ts, PyObject key, PyObject value) {
        table.insert(ts, key, HashTable.hashOf(ts, key), value);
    }

    public final void put(PyObject key, PyObject value) {
        put(null, key, value);
    }

    public final void putStr(String key, PyObject value) {
        put(null, new PyStr(key), value);
    }

    /** Removes key; returns its value or null. */
    public final PyObject remove(ThreadState ts, PyObject key) {
        return table.delete(ts, key, HashTable.hashOf(ts, key));
    }

    public final PyObject remove(PyObject key) {
        return remove(null, key);
    }

    public final boolean containsKey(ThreadState ts, PyObject key) {
        return table.find(ts, key, HashTable.hashOf(ts, key)) >= 0;
    }

    public final void clear() {
        table.clearTable();
    }

    /** A snapshot of the entries in insertion order. */
    public final List<Map.Entry<PyObject, PyObject>> entries() {
        HashTable t = table;
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(t.size);
        for (int i = t.nextLive(0); i >= 0; i = t.nextLive(i + 1)) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(t.keys[i], t.values[i]));
        }
        return out;
    }

    /** A snapshot of the keys in insertion order. */
    public final List<PyObject> keyList() {
        HashTable t = table;
        List<PyObject> out = new ArrayList<>(t.size);
        for (int i = t.nextLive(0); i >= 0; i = t.nextLive(i + 1)) out.add(t.keys[i]);
        return out;
    }

    /** A copy as a plain dict. */
    public final PyDict copyDict() {
        PyDict d = new PyDict();
        HashTable t = table;
        for (int i = t.nextLive(0); i >= 0; i = t.nextLive(i + 1)) d.table.insert(null, t.keys[i], t.hashes[i], t.values[i]);
        return d;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof PyDict && Ops.eqBool(ThreadState.current(), this, (PyDict) o);
    }

    @Override
    public int hashCode() {
        throw Errors.typeError("unhashable type: '" + type().name() + "'");
    }
}
