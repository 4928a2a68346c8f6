package org.gilkit.runtime;

/**
 * Base of the built-in iterators: {@link #next} returns the next item or null at exhaustion
 * (what {@link Ops#next} returns, avoiding a StopIteration per loop); the Python-visible
 * {@code __next__} raises StopIteration instead. {@link #iterType} makes the type object of each
 * iterator kind with {@code __iter__}/{@code __next__} installed.
 */
public abstract class PyIter extends PyObject {
    /** The next item, or null when exhausted. */
    public abstract PyObject next(ThreadState ts);

    /** A built-in iterator type named {@code name} (e.g. "list_iterator"). */
    public static PyType iterType(String name) {
        return iterType(name, false);
    }

    static PyType iterType(String name, boolean baseAllowed) {
        PyType t = PyType.builtin(name, PyType.OBJECT, baseAllowed);
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> s));
        t.define("__next__", PyMethodDescr.noArgs(t, "__next__", (ts, s) -> {
            PyObject v = ((PyIter) s).next(ts);
            if (v == null) throw Errors.stopIteration();
            return v;
        }));
        return t;
    }
}
