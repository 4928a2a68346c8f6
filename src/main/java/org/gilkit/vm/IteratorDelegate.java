package org.gilkit.vm;

import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * Adapts the iterator a user-defined {@code __await__} returns (an object with {@code __next__},
 * maybe {@code send}/{@code throw}/{@code close}) to a {@link Delegate}, so an {@code await} gets
 * the value of the StopIteration that ends it as its result (the generic {@code yield from} path
 * would drop it). Made by GET_AWAITABLE ({@link Awaitables#getAwaitable}); never visible to Python
 * code except as {@code cr_await}, where {@link Awaitables#visible} unwraps it.
 */
final class IteratorDelegate extends PyObject implements Delegate {
    private static final PyType TYPE = PyType.builtin("await_iterator", PyType.OBJECT, false);

    final PyObject it;
    private PyObject result = PyNone.NONE;

    IteratorDelegate(PyObject it) {
        this.it = it;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject send(ThreadState ts, PyObject v) {
        try {
            return v == PyNone.NONE ? Ops.callMethod(ts, it, "__next__") : Ops.callMethod(ts, it, "send", v);
        } catch (PyException e) {
            return finished(e);
        }
    }

    @Override
    public PyObject throwIn(ThreadState ts, PyException e) {
        PyObject m = Ops.getattrOrNull(ts, it, "throw");
        if (m == null) throw e;
        try {
            return m.call(ts, new PyObject[] {e.value()}, null);
        } catch (PyException x) {
            return finished(x);
        }
    }

    /** A StopIteration ends the await with its value; anything else propagates. */
    private PyObject finished(PyException e) {
        if (!e.matches(PyExc.StopIteration)) throw e;
        PyObject v = e.value().member("value");
        result = v == null ? PyNone.NONE : v;
        return null;
    }

    @Override
    public void close(ThreadState ts) {
        PyObject m = Ops.getattrOrNull(ts, it, "close");
        if (m != null) m.call(ts, new PyObject[0], null);
    }

    @Override
    public PyObject takeResult() {
        PyObject r = result;
        result = PyNone.NONE;
        return r;
    }
}
