package org.gilkit.runtime;

/**
 * Iterator over a dict's keys, values or items , in insertion order.
 * Raises "dictionary changed size during iteration" like CPython when the size changes.
 */
public final class PyDictIterator extends PyIter {
    /** What each step yields. */
    public enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEY_ITERATOR = iterType("dict_keyiterator");
    static final PyType VALUE_ITERATOR = iterType("dict_valueiterator");
    static final PyType ITEM_ITERATOR = iterType("dict_itemiterator");

    private final HashTable table;
    private final Kind kind;
    private final PyType type;
    private final int size;
    private final String what;
    private int pos;
    private boolean done;

    PyDictIterator(HashTable table, Kind kind, PyType type, String what) {
        this.table = table;
        this.kind = kind;
        this.type = type;
        this.size = table.size;
        this.what = what;
    }

    static PyDictIterator of(PyDict d, Kind kind) {
        PyType t = kind == Kind.KEYS ? KEY_ITERATOR : kind == Kind.VALUES ? VALUE_ITERATOR : ITEM_ITERATOR;
        return new PyDictIterator(d.table, kind, t, "dictionary");
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (done) return null;
        HashTable t = table;
        if (t.size != size) {
            done = true;
            throw Errors.runtimeError(what + " changed size during iteration");
        }
        int i = t.nextLive(pos);
        if (i < 0) {
            done = true;
            return null;
        }
        pos = i + 1;
        switch (kind) {
            case KEYS:
                return t.keys[i];
            case VALUES:
                return t.values[i];
            default:
                return PyTuple.of(t.keys[i], t.values[i]);
        }
    }

    int remaining() {
        return done ? 0 : Math.max(0, table.size - pos);
    }
}
