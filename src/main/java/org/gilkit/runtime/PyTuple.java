package org.gilkit.runtime;

import java.util.List;

/** Python tuple: an immutable array. Not final: {@link PyTupleSub} holds user subclasses (namedtuple-style). */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, true);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    static {
        TupleMethods.install(TYPE);
    }

    /** The items; never mutated after construction. */
    final PyObject[] items;

    /** Wraps {@code items} without copying: the caller must not keep or modify the array. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<? extends PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public final PyObject[] toArray() {
        return items.clone();
    }

    /** The items array itself (read-only by contract), for fast unpacking in the VM. */
    public final PyObject[] items() {
        return items;
    }

    /** CPython 3.11's tuple hash (xxHash-based). */
    public final long pyHash(ThreadState ts) {
        long acc = 2870177450012600261L;
        for (PyObject x : items) {
            long lane = Ops.hash(ts, x);
            acc += lane * -4417276706812531889L;
            acc = (acc << 31) | (acc >>> 33);
            acc *= -7046029288634856825L;
        }
        acc += items.length ^ (2870177450012600261L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PyTuple) || o instanceof PyTupleSub) return o instanceof PyObject && super.equals(o);
        PyTuple t = (PyTuple) o;
        if (t.items.length != items.length) return false;
        ThreadState ts = ThreadState.currentOrNull();
        for (int i = 0; i < items.length; i++) {
            PyObject a = items[i];
            PyObject b = t.items[i];
            if (a != b && !(ts == null ? a.equals(b) : Ops.eqBool(ts, a, b))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return javaHash(pyHash(ThreadState.currentOrNull()));
    }
}
