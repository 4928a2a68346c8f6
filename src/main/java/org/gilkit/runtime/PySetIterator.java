package org.gilkit.runtime;

/** Iterator over a set in table order; "Set changed size during iteration" as CPython. */
final class PySetIterator extends PyIter {
    static final PyType TYPE = iterType("set_iterator");

    private final PySet set;
    private final int size;
    private int pos;
    private boolean done;

    PySetIterator(PySet set) {
        this.set = set;
        this.size = set.size();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (done) return null;
        SetTable t = set.table;
        if (t.used != size) {
            done = true;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        int i = t.next(pos);
        if (i < 0) {
            done = true;
            return null;
        }
        pos = i + 1;
        return t.keys[i];
    }
}
