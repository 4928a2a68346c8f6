package org.gilkit.vm;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyIter;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The await protocol behind the async opcodes (CPython's {@code _PyCoro_GetAwaitableIter} and
 * the GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR and BEFORE_ASYNC_WITH cases of ceval),
 * called from {@link RareInstructions}; the error texts are CPython 3.11's.
 *
 * <p>What an await delegates to (the YIELD_FROM after GET_AWAITABLE): a coroutine's engine
 * ({@link PyGenerator}), an async generator's asend/athrow object, or for any other object the
 * iterator its {@code __await__()} returns (wrapped in an {@link IteratorDelegate} unless it is a
 * generator, so its final StopIteration value becomes the await's result).
 */
final class Awaitables {
    private Awaitables() {}

    /** GET_AWAITABLE: see the class comment; {@code where} picks the TypeError's wording. */
    static PyObject getAwaitable(ThreadState ts, PyObject o, int where) {
        if (o instanceof PyCoroutine c) {
            if (c.engine.awaiting() != null) throw Errors.runtimeError("coroutine is being awaited already");
            return awaitCoroutine(c);
        }
        if (o instanceof PyAsyncGenerator.Awaitable) return o;
        PyObject f = o.type().lookup("__await__");
        if (f == null) throw notAwaitable(o, where);
        PyObject it = org.gilkit.runtime.Ops.callDescriptor(ts, f, o);
        if (it instanceof PyCoroutine) throw Errors.typeError("__await__() returned a coroutine");
        if (it instanceof PyGenerator || it instanceof Delegate) return it;
        if (!(it instanceof PyIter) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return new IteratorDelegate(it);
    }

    private static PyException notAwaitable(PyObject o, int where) {
        String t = o.type().name();
        return Errors.typeError(switch (where) {
            case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: " + t;
            case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: " + t;
            default -> "object " + t + " can't be used in 'await' expression";
        });
    }

    /** coroutine.__await__() and await: the engine that runs the coroutine's frame. */
    static PyObject awaitCoroutine(PyCoroutine c) {
        return c.engine;
    }

    /** What Python sees of a delegate (cr_await): the coroutine or iterator behind an engine or adapter. */
    static PyObject visible(PyObject it) {
        if (it == null) return org.gilkit.runtime.PyNone.NONE;
        if (it instanceof PyGenerator g && g.owner != null) return g.owner;
        if (it instanceof IteratorDelegate d) return d.it;
        return it;
    }

    /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
    static PyObject getAiter(ThreadState ts, PyObject o) {
        PyObject f = o.type().lookup("__aiter__");
        if (f == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = org.gilkit.runtime.Ops.callDescriptor(ts, f, o);
        if (!(it instanceof PyAsyncGenerator) && it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of {@code aiter.__anext__()}; it must be awaitable. */
    static PyObject getAnext(ThreadState ts, PyObject aiter) {
        if (aiter instanceof PyAsyncGenerator g) return g.anext();
        PyObject r = org.gilkit.runtime.Ops.callMethod(ts, aiter, "__anext__");
        if (!(r instanceof PyCoroutine) && !(r instanceof PyAsyncGenerator.Awaitable) && r.type().lookup("__await__") == null) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + r.type().name());
        }
        return r;
    }

    /**
     * END_ASYNC_FOR: the exception that ended an {@code __anext__} await. StopAsyncIteration
     * ends the loop; anything else goes on unwinding (its traceback already has this frame).
     */
    static int endAsyncFor(Frame f, PyObject[] s, int sp) {
        PyBaseException exc = (PyBaseException) s[sp - 1];
        if (!exc.isInstance(PyExc.StopAsyncIteration)) {
            f.reraising = true;
            throw new PyException(exc);
        }
        s[sp - 1] = null;
        s[sp - 2] = null;
        return sp - 2;
    }

    /** BEFORE_ASYNC_WITH: manager -> bound __aexit__, manager.__aenter__(). */
    static int beforeAsyncWith(ThreadState ts, PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Errors.typeError("'" + t.name()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        s[sp - 1] = Instructions.bind(ts, exit, mgr, t);
        s[sp] = Instructions.bind(ts, enter, mgr, t).call(ts, new PyObject[0], null);
        return sp + 1;
    }
}
