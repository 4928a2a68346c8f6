package org.gilkit.vm;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * A coroutine object, what calling an {@code async def} returns (CPython's {@code PyCoroObject}):
 * a suspended frame run by a {@link PyGenerator} engine of kind COROUTINE. Python sees
 * {@code send}, {@code throw}, {@code close} and {@code __await__}; it is not iterable.
 * {@code await coro} (GET_AWAITABLE, see {@link Awaitables}) puts the engine itself on the
 * awaiting frame's stack, so awaiting a coroutine is exactly {@code yield from} a generator: the
 * values it yields (futures, from the innermost {@code __await__}) travel up to whoever drives the
 * outermost coroutine, the event loop's task.
 *
 * <p>A coroutine that never runs is reported at exit ({@link UnawaitedCoroutines}).
 */
public final class PyCoroutine extends PyObject {
    public static final PyType TYPE = createType();

    final PyGenerator engine;

    PyCoroutine(ThreadState ts, PyGenerator engine) {
        this.engine = engine;
        engine.owner = this;
        UnawaitedCoroutines.track(ts, engine);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** coroutine.send(v): the next value the coroutine yields up, StopIteration(result) at the end. */
    private PyObject send(ThreadState ts, PyObject v) {
        PyObject r = engine.resume(ts, v, null);
        if (r == null) throw stop(engine.takeReturnValue());
        return r;
    }

    private PyObject throwIn(ThreadState ts, PyObject[] args) {
        PyObject r = engine.throwInto(ts, PyGenerator.throwArgument(ts, args));
        if (r == null) throw stop(engine.takeReturnValue());
        return r;
    }

    private static org.gilkit.runtime.PyException stop(PyObject value) {
        return value == PyNone.NONE ? Errors.stopIteration() : Errors.stopIteration(value);
    }

    private String repr(ThreadState ts) {
        return "<coroutine object " + engine.qualname + " at 0x" + Long.toHexString(ts.interp().id(this)) + ">";
    }

    @Override
    public String toString() {
        return "<coroutine object " + engine.qualname + ">";
    }

    private static PyCoroutine self(PyObject o) {
        return (PyCoroutine) o;
    }

    private static PyType createType() {
        PyType t = PyType.builtin("coroutine", PyType.OBJECT, false);
        t.define("send", PyMethodDescr.oneArg(t, "send", (ts, s, v) -> self(s).send(ts, v)));
        t.define("throw", PyMethodDescr.positional(t, "throw", 1, 3, (ts, s, args) -> self(s).throwIn(ts, args)));
        t.define("close", PyMethodDescr.noArgs(t, "close", (ts, s) -> {
            self(s).engine.close(ts);
            return PyNone.NONE;
        }));
        // The engine is the iterator CPython's coroutine_wrapper would be: next/send/throw/close
        // drive the same frame (its type shows as generator; see docs/stdlib.md).
        t.define("__await__", PyMethodDescr.noArgs(t, "__await__", (ts, s) -> Awaitables.awaitCoroutine(self(s))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(self(s).repr(ts))));
        t.define("__name__", new PyGetSet(t, "__name__", (ts, s) -> new PyStr(self(s).engine.name), null));
        t.define("__qualname__", new PyGetSet(t, "__qualname__", (ts, s) -> new PyStr(self(s).engine.qualname), null));
        t.define("cr_running", new PyGetSet(t, "cr_running", (ts, s) -> PyBool.of(self(s).engine.isRunning()), null));
        t.define("cr_await", new PyGetSet(t, "cr_await", (ts, s) -> Awaitables.visible(self(s).engine.awaiting()), null));
        t.define("cr_frame", new PyGetSet(t, "cr_frame", (ts, s) -> SuspendedFrame.of(self(s).engine), null));
        t.define("cr_code", new PyGetSet(t, "cr_code", (ts, s) -> new PyCode(self(s).engine.frame().code), null));
        return t;
    }
}
