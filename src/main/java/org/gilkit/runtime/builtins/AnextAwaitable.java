package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/**
 * What {@code anext(aiterator, default)} returns: an awaitable that awaits
 * {@code aiterator.__anext__()} and turns its StopAsyncIteration into the default value (CPython's
 * {@code anext_awaitable}). It is its own {@code __await__} iterator: send/throw/close go to the
 * iterator of the wrapped awaitable. Built by {@link AnextBuiltin}.
 */
final class AnextAwaitable extends PyObject {
    static final PyType TYPE = createType();

    private final PyObject awaitable;
    private final PyObject defaultValue;
    private PyObject iterator;

    AnextAwaitable(PyObject awaitable, PyObject defaultValue) {
        this.awaitable = awaitable;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject iterator(ThreadState ts) {
        if (iterator == null) iterator = Ops.callMethod(ts, awaitable, "__await__");
        return iterator;
    }

    /** Runs one step of the wrapped awaitable; its StopAsyncIteration becomes StopIteration(default). */
    private PyObject step(ThreadState ts, String method, PyObject[] args) {
        try {
            return Ops.callMethod(ts, iterator(ts), method, args);
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(PyExc.StopAsyncIteration)) throw Errors.stopIteration(defaultValue);
            throw e;
        }
    }

    private static PyType createType() {
        PyType t = PyType.builtin("anext_awaitable", PyType.OBJECT, false);
        t.define("__await__", PyMethodDescr.noArgs(t, "__await__", (ts, s) -> s));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> s));
        t.define("__next__", PyMethodDescr.noArgs(t, "__next__",
                (ts, s) -> ((AnextAwaitable) s).step(ts, "send", new PyObject[] {PyNone.NONE})));
        t.define("send", PyMethodDescr.oneArg(t, "send",
                (ts, s, v) -> ((AnextAwaitable) s).step(ts, "send", new PyObject[] {v})));
        t.define("throw", PyMethodDescr.positional(t, "throw", 1, 3,
                (ts, s, args) -> ((AnextAwaitable) s).step(ts, "throw", args)));
        t.define("close", PyMethodDescr.noArgs(t, "close",
                (ts, s) -> Ops.callMethod(ts, ((AnextAwaitable) s).iterator(ts), "close")));
        return t;
    }
}
