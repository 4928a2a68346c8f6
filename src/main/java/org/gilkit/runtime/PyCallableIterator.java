package org.gilkit.runtime;

/** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
public final class PyCallableIterator extends PyIter {
    static final PyType TYPE = iterType("callable_iterator");

    private PyObject callable;
    private final PyObject sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (callable == null) return null;
        PyObject v;
        try {
            v = Ops.call(ts, callable);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (Ops.eqBool(ts, v, sentinel)) {
            callable = null;
            return null;
        }
        return v;
    }
}
