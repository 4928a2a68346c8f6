package org.gilkit.vm;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * An async generator, what calling an {@code async def} containing {@code yield} returns
 * (CPython's {@code PyAsyncGenObject}): a {@link PyGenerator} engine of kind ASYNC_GENERATOR
 * whose frame yields two kinds of values. A {@code yield v} in the body yields {@link Wrapped}
 * (ASYNC_GEN_WRAP); an {@code await} inside passes up the raw values of what it awaits (futures
 * for the event loop). {@code __anext__()}/{@code asend(v)} return an {@link ASend} awaitable
 * that drives the engine until the next wrapped value and finishes with it (StopIteration(v)),
 * passing raw values through; the end of the body is StopAsyncIteration. {@code athrow} and
 * {@code aclose} return an {@link AThrow}. Both are {@link Delegate}s, so {@code async for}'s
 * await calls them without Python-level dispatch.
 *
 * <p>Not done: CPython's finalizer hook (an async generator dropped before exhaustion is not
 * {@code aclose()}d by the event loop; {@code asyncio.run} does not call shutdown_asyncgens).
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = createType();

    final PyGenerator engine;
    /** An asend/athrow awaitable is in progress (CPython's ag_running_async). */
    private boolean runningAsync;

    PyAsyncGenerator(PyGenerator engine) {
        this.engine = engine;
        engine.owner = this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code __anext__()}: the awaitable of the next item. */
    PyObject anext() {
        return new ASend(this, PyNone.NONE);
    }

    /** A {@code yield}ed value on its way out of the frame, told apart from what awaits pass up. */
    static final class Wrapped extends PyObject {
        private static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT, false);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** The awaitables an async generator hands out (asend and athrow objects). */
    abstract static class Awaitable extends PyObject implements Delegate {
        final PyAsyncGenerator gen;
        /** 0 not started, 1 running, 2 finished. */
        int state;
        private PyObject result = PyNone.NONE;

        Awaitable(PyAsyncGenerator gen) {
            this.gen = gen;
        }

        /** Ends the await with {@code value} (the item, or None). */
        PyObject finish(PyObject value) {
            state = 2;
            gen.runningAsync = false;
            result = value;
            return null;
        }

        PyException failed(PyException e) {
            state = 2;
            gen.runningAsync = false;
            return e;
        }

        @Override
        public PyObject takeResult() {
            PyObject r = result;
            result = PyNone.NONE;
            return r;
        }

        @Override
        public void close(ThreadState ts) {
            state = 2;
        }

        /** Python-level send/__next__/throw: StopIteration(result) at the end. */
        PyObject pySend(ThreadState ts, PyObject v) {
            PyObject r = send(ts, v);
            if (r == null) throw stop(takeResult());
            return r;
        }

        PyObject pyThrow(ThreadState ts, PyObject[] args) {
            PyObject r = throwIn(ts, PyGenerator.throwArgument(ts, args));
            if (r == null) throw stop(takeResult());
            return r;
        }

        private static PyException stop(PyObject value) {
            return value == PyNone.NONE ? Errors.stopIteration() : Errors.stopIteration(value);
        }
    }

    /** {@code __anext__()} / {@code asend(v)}: runs the generator to its next {@code yield}. */
    static final class ASend extends Awaitable {
        static final PyType TYPE = awaitableType("async_generator_asend");
        private final PyObject first;

        ASend(PyAsyncGenerator gen, PyObject first) {
            super(gen);
            this.first = first;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject send(ThreadState ts, PyObject v) {
            if (state == 2) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            if (state == 0) {
                if (gen.runningAsync) throw Errors.runtimeError("anext(): asynchronous generator is already running");
                gen.runningAsync = true;
                state = 1;
                if (v == PyNone.NONE) v = first;
            }
            try {
                return unwrap(gen.engine.resume(ts, v, null));
            } catch (PyException e) {
                throw failed(e);
            }
        }

        @Override
        public PyObject throwIn(ThreadState ts, PyException e) {
            if (state == 2) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            state = 1;
            try {
                return unwrap(gen.engine.throwInto(ts, e));
            } catch (PyException x) {
                throw failed(x);
            }
        }

        private PyObject unwrap(PyObject r) {
            if (r == null) throw failed(new PyException(PyBaseException.create(PyExc.StopAsyncIteration, new PyObject[0])));
            if (r instanceof Wrapped w) return finish(w.value);
            return r;
        }
    }

    /** {@code athrow(exc)} or, with a null exception, {@code aclose()}. */
    static final class AThrow extends Awaitable {
        static final PyType TYPE = awaitableType("async_generator_athrow");
        private final PyException exc;

        AThrow(PyAsyncGenerator gen, PyException exc) {
            super(gen);
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private boolean closing() {
            return exc == null;
        }

        @Override
        public PyObject send(ThreadState ts, PyObject v) {
            if (state == 2) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            if (state == 0) {
                if (gen.engine.isFinished() || (closing() && !gen.engine.isStarted())) {
                    gen.engine.close(ts);
                    return finish(PyNone.NONE);
                }
                if (v != PyNone.NONE) throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                state = 1;
                gen.runningAsync = true;
                PyException in = closing()
                        ? new PyException(PyBaseException.create(PyExc.GeneratorExit, new PyObject[0])) : exc;
                return run(ts, () -> gen.engine.throwInto(ts, in));
            }
            PyObject sent = v;
            return run(ts, () -> gen.engine.resume(ts, sent, null));
        }

        @Override
        public PyObject throwIn(ThreadState ts, PyException e) {
            if (state == 2) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            state = 1;
            return run(ts, () -> gen.engine.throwInto(ts, e));
        }

        private PyObject run(ThreadState ts, java.util.function.Supplier<PyObject> step) {
            PyObject r;
            try {
                r = step.get();
            } catch (PyException e) {
                if (closing() && (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopAsyncIteration))) {
                    return finish(PyNone.NONE);
                }
                throw failed(e);
            }
            if (r == null) {
                if (closing()) return finish(PyNone.NONE);
                throw failed(new PyException(PyBaseException.create(PyExc.StopAsyncIteration, new PyObject[0])));
            }
            if (r instanceof Wrapped w) {
                if (closing()) throw failed(Errors.runtimeError("async generator ignored GeneratorExit"));
                return finish(w.value);
            }
            return r;
        }
    }

    private static PyType awaitableType(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT, false);
        t.define("__await__", PyMethodDescr.noArgs(t, "__await__", (ts, s) -> s));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> s));
        t.define("__next__", PyMethodDescr.noArgs(t, "__next__", (ts, s) -> ((Awaitable) s).pySend(ts, PyNone.NONE)));
        t.define("send", PyMethodDescr.oneArg(t, "send", (ts, s, v) -> ((Awaitable) s).pySend(ts, v)));
        t.define("throw", PyMethodDescr.positional(t, "throw", 1, 3, (ts, s, args) -> ((Awaitable) s).pyThrow(ts, args)));
        t.define("close", PyMethodDescr.noArgs(t, "close", (ts, s) -> {
            ((Awaitable) s).close(ts);
            return PyNone.NONE;
        }));
        return t;
    }

    private static PyAsyncGenerator self(PyObject o) {
        return (PyAsyncGenerator) o;
    }

    @Override
    public String toString() {
        return "<async_generator object " + engine.qualname + ">";
    }

    private static PyType createType() {
        PyType t = PyType.builtin("async_generator", PyType.OBJECT, false);
        t.define("__aiter__", PyMethodDescr.noArgs(t, "__aiter__", (ts, s) -> s));
        t.define("__anext__", PyMethodDescr.noArgs(t, "__anext__", (ts, s) -> self(s).anext()));
        t.define("asend", PyMethodDescr.oneArg(t, "asend", (ts, s, v) -> new ASend(self(s), v)));
        t.define("athrow", PyMethodDescr.positional(t, "athrow", 1, 3,
                (ts, s, args) -> new AThrow(self(s), PyGenerator.throwArgument(ts, args))));
        t.define("aclose", PyMethodDescr.noArgs(t, "aclose", (ts, s) -> new AThrow(self(s), null)));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr("<async_generator object "
                + self(s).engine.qualname + " at 0x" + Long.toHexString(ts.interp().id(s)) + ">")));
        t.define("__name__", new PyGetSet(t, "__name__", (ts, s) -> new PyStr(self(s).engine.name), null));
        t.define("__qualname__", new PyGetSet(t, "__qualname__", (ts, s) -> new PyStr(self(s).engine.qualname), null));
        t.define("ag_running", new PyGetSet(t, "ag_running", (ts, s) -> PyBool.of(self(s).runningAsync), null));
        t.define("ag_await", new PyGetSet(t, "ag_await", (ts, s) -> Awaitables.visible(self(s).engine.awaiting()), null));
        t.define("ag_frame", new PyGetSet(t, "ag_frame", (ts, s) -> SuspendedFrame.of(self(s).engine), null));
        return t;
    }
}
