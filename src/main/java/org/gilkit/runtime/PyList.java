package org.gilkit.runtime;

import java.util.Arrays;

/**
 * Python list: a growable array. Not synchronized: under {@code --gil=off} concurrent mutation
 * may lose updates or make a reader see an out-of-range index; such Java exceptions are turned
 * into Python RuntimeError at the VM's instruction boundary ({@link Errors#fromJava}), never a
 * crash or a hang (no operation here loops on shared state). Subclassable: user subclasses are
 * {@link PyListSub}.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, true);
    private static final PyObject[] NONE = new PyObject[0];

    static {
        ListMethods.install(TYPE);
    }

    PyObject[] items;
    int size;

    public PyList() {
        items = NONE;
    }

    /** Wraps {@code items} (not copied) as a list of {@code items.length} elements. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return size;
    }

    /** Item i (0 <= i < size(), not checked beyond Java's array bounds). */
    public final PyObject get(int i) {
        if (i >= size) throw Errors.indexError("list index out of range");
        return items[i];
    }

    public final void set(int i, PyObject v) {
        if (i >= size) throw Errors.indexError("list assignment index out of range");
        items[i] = v;
    }

    public final void append(PyObject v) {
        PyObject[] a = items;
        int n = size;
        // Only under --gil=off can size and items disagree (a racing pop drove size below 0, or
        // size was read after another thread grew items): clamp, losing updates but keeping the
        // list usable (size never stays outside 0..items.length).
        if (n < 0) n = 0;
        else if (n > a.length) n = a.length;
        if (n == a.length) {
            a = Arrays.copyOf(a, n < 4 ? 8 : n + (n >> 1) + 1);
            items = a;
        }
        a[n] = v;
        size = n + 1;
    }

    public final void insert(int i, PyObject v) {
        append(v);
        PyObject[] a = items;
        System.arraycopy(a, i, a, i + 1, size - 1 - i);
        a[i] = v;
    }

    public final PyObject removeAt(int i) {
        PyObject[] a = items;
        int n = size;
        if (i < 0 || i >= n || n > a.length) {
            // --gil=off only: another thread shrank or replaced the list since the caller checked.
            throw Errors.indexError("pop index out of range");
        }
        PyObject v = a[i];
        System.arraycopy(a, i + 1, a, i, n - 1 - i);
        a[n - 1] = null;
        size = n - 1;
        return v;
    }

    public final void clear() {
        items = NONE;
        size = 0;
    }

    /** A copy of the items (exactly size() long). */
    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the contents. */
    public final void setAll(PyObject[] a) {
        items = a;
        size = a.length;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PyList)) return false;
        return Ops.eqBool(ThreadState.current(), this, (PyList) o);
    }

    @Override
    public int hashCode() {
        throw Errors.typeError("unhashable type: '" + type().name() + "'");
    }
}
