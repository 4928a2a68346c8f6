package org.gilkit.vm;

import org.gilkit.compiler.Op;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyIter;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * A generator (from a generator function or a generator expression): a suspended {@link Frame}
 * that {@link #resume} continues until its next yield. Implements {@code send}, {@code throw}
 * and {@code close} with CPython's semantics, including delegation to the sub-iterator of a
 * {@code yield from} (the frame is then suspended on its YIELD_FROM instruction with the
 * sub-iterator on top of its stack), "generator raised StopIteration" (PEP 479) and "generator
 * ignored GeneratorExit".
 *
 * <p>The same frame machinery runs coroutines and async generators ({@link Kind}): a
 * {@link PyCoroutine} or {@link PyAsyncGenerator} owns one of these as its engine and never shows
 * it to Python code except as the iterator of {@code coroutine.__await__()}; the kind only changes
 * the error texts ("coroutine already executing", "coroutine raised StopIteration", "cannot reuse
 * already awaited coroutine"). An {@code await} delegates to the engine through YIELD_FROM
 * exactly as {@code yield from} delegates to a generator.
 *
 * <p>As a {@link PyIter} its {@link #next} returns null at exhaustion, so a {@code for} loop over a
 * generator raises no StopIteration. The generator keeps its own "exception being handled" while
 * suspended inside an except block, as CPython's gi_exc_state does.
 */
public final class PyGenerator extends PyIter {
    public static final PyType TYPE = createType();

    /** What the frame belongs to: a generator, or the engine of a coroutine or async generator. */
    enum Kind {
        GENERATOR("generator"), COROUTINE("coroutine"), ASYNC_GENERATOR("async generator");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Frame frame;
    final String name;
    final String qualname;
    final Kind kind;
    /** For a coroutine's engine: the never-awaited bookkeeping, settled when it first runs or closes. */
    UnawaitedCoroutines.Origin origin;
    /** The coroutine or async generator this engine runs, else null. */
    PyObject owner;
    private boolean started;
    private boolean running;
    private boolean finished;
    private PyObject returnValue;
    private PyBaseException savedHandled;
    /**
     * Set when a for loop iterates over this generator straight from the call that made it: the
     * loop then holds the only reference, so leaving the loop early closes the generator (its
     * finally blocks run at once, as under CPython's reference counting).
     */
    boolean loopOwned;

    PyGenerator(Frame frame, PyFunction fn) {
        this(frame, fn, Kind.GENERATOR);
    }

    PyGenerator(Frame frame, PyFunction fn, Kind kind) {
        this.frame = frame;
        this.name = fn.name;
        this.qualname = fn.qualname;
        this.kind = kind;
    }

    /**
     * What calling {@code fn} returns for its fresh frame: a generator, a coroutine or an async
     * generator, by the code's flags.
     */
    static PyObject create(ThreadState ts, Frame f, PyFunction fn) {
        int flags = f.code.flags;
        if ((flags & org.gilkit.compiler.Code.COROUTINE) != 0) return new PyCoroutine(ts, new PyGenerator(f, fn, Kind.COROUTINE));
        if ((flags & org.gilkit.compiler.Code.ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(new PyGenerator(f, fn, Kind.ASYNC_GENERATOR));
        }
        return new PyGenerator(f, fn);
    }

    /** Whether the frame ran to its end (returned or raised). */
    boolean isFinished() {
        return finished;
    }

    boolean isStarted() {
        return started;
    }

    boolean isRunning() {
        return running;
    }

    /** The iterator the frame is suspended on in a YIELD_FROM (what it awaits), or null. */
    PyObject awaiting() {
        return delegating() ? frame.slots[frame.sp - 1] : null;
    }

    /** The frame's current line (for warnings and cr_frame-less introspection). */
    Frame frame() {
        return frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject r = resume(ts, PyNone.NONE, null);
        // next(it, default) and for-loops drop the return value: a later next() raises a bare StopIteration
        if (r == null) returnValue = null;
        return r;
    }

    /**
     * Resumes with {@code sent} pushed as the value of the pending yield, or with {@code throwIn}
     * raised there. Returns the next yielded value, or null when the generator returned (its value
     * is then {@link #takeReturnValue}).
     */
    PyObject resume(ThreadState ts, PyObject sent, PyException throwIn) {
        if (running) throw Errors.valueError(kind.label + " already executing");
        if (finished) {
            if (throwIn != null) throw throwIn;
            if (kind == Kind.COROUTINE) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            return null;
        }
        if (!started) {
            if (throwIn != null) return throwBeforeStart(throwIn);
            if (sent != PyNone.NONE) {
                throw Errors.typeError("can't send non-None value to a just-started " + kind.label);
            }
        } else if (throwIn == null) {
            frame.slots[frame.sp++] = sent;
        }
        return run(ts, throwIn);
    }

    /**
     * throw() into a frame that never ran: CPython raises it at the frame's entry, before any
     * try block of the body, and the generator is finished.
     */
    private PyObject throwBeforeStart(PyException throwIn) {
        started = true;
        finished = true;
        if (origin != null) {
            origin.settle();
            origin = null;
        }
        throw throwIn;
    }

    private PyObject run(ThreadState ts, PyException throwIn) {
        started = true;
        if (origin != null) {
            origin.settle();
            origin = null;
        }
        running = true;
        PyBaseException callerHandled = ts.handledException();
        if (savedHandled != null) ts.setHandledException(savedHandled);
        Eval.enter(ts, frame);
        try {
            PyObject r = Eval.execute(ts, frame, throwIn);
            if (frame.pc < 0) {
                finished = true;
                returnValue = r;
                return null;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            if (e.matches(PyExc.StopIteration)) throw stopIterationInside(e, kind.label + " raised StopIteration");
            if (kind == Kind.ASYNC_GENERATOR && e.matches(PyExc.StopAsyncIteration)) {
                throw stopIterationInside(e, "async generator raised StopAsyncIteration");
            }
            throw e;
        } catch (StackOverflowError e) {
            finished = true;
            throw Instructions.recursionError();
        } finally {
            running = false;
            Eval.leave(ts, frame);
            PyBaseException h = ts.handledException();
            savedHandled = finished || h == callerHandled ? null : h;
            ts.setHandledException(callerHandled);
        }
    }

    /** PEP 479: a StopIteration escaping the generator body becomes a RuntimeError. */
    private static PyException stopIterationInside(PyException e, String message) {
        PyBaseException re = PyBaseException.create(PyExc.RuntimeError, new PyObject[] {new PyStr(message)});
        re.cause = e.value();
        re.context = e.value();
        re.suppressContext = true;
        return new PyException(re);
    }

    /** The value the generator returned (None if none), once. */
    PyObject takeReturnValue() {
        PyObject v = returnValue == null ? PyNone.NONE : returnValue;
        returnValue = null;
        return v;
    }

    /** Whether the frame is suspended on YIELD_FROM, delegating to the iterator on its stack. */
    private boolean delegating() {
        return started && !finished && frame.pc == frame.lasti && frame.pc >= 0
                && frame.code.code[frame.pc] == Op.YIELD_FROM;
    }

    /** generator.throw(exc): delegates into a yield-from sub-iterator first. */
    PyObject throwInto(ThreadState ts, PyException exc) {
        if (running) throw Errors.valueError(kind.label + " already executing");
        if (!delegating()) return resume(ts, null, exc);
        PyObject sub = frame.slots[frame.sp - 1];
        if (exc.matches(PyExc.GeneratorExit)) {
            try {
                closeIterator(ts, sub);
            } catch (PyException e) {
                return resume(ts, null, e);
            }
            return resume(ts, null, exc);
        }
        PyObject r;
        PyObject value;
        try {
            if (sub instanceof PyGenerator g) {
                r = g.throwInto(ts, exc);
                value = r == null ? g.takeReturnValue() : null;
            } else if (sub instanceof Delegate d) {
                r = d.throwIn(ts, exc);
                value = r == null ? d.takeResult() : null;
            } else {
                PyObject m = Ops.getattrOrNull(ts, sub, "throw");
                if (m == null) return resume(ts, null, exc);
                r = m.call(ts, new PyObject[] {exc.value()}, null);
                value = null;
            }
        } catch (PyException e) {
            if (!(sub instanceof PyGenerator) && !(sub instanceof Delegate) && e.matches(PyExc.StopIteration)) {
                r = null;
                PyObject v = e.value().member("value");
                value = v == null ? PyNone.NONE : v;
            } else {
                return resume(ts, null, e);
            }
        }
        if (r != null) return r;
        frame.slots[frame.sp - 1] = value;
        frame.pc = frame.lasti + 1;
        return run(ts, null);
    }

    private static void closeIterator(ThreadState ts, PyObject sub) {
        if (sub instanceof PyGenerator g) {
            g.close(ts);
            return;
        }
        if (sub instanceof Delegate d) {
            d.close(ts);
            return;
        }
        PyObject m = Ops.getattrOrNull(ts, sub, "close");
        if (m != null) m.call(ts, new PyObject[0], null);
    }

    /** generator.close(): GeneratorExit at the yield; RuntimeError if the generator yields again. */
    void close(ThreadState ts) {
        if (!started || finished) {
            finished = true;
            if (origin != null) {
                origin.settle();
                origin = null;
            }
            return;
        }
        PyException exit = new PyException(PyBaseException.create(PyExc.GeneratorExit, new PyObject[0]));
        PyObject r;
        try {
            r = throwInto(ts, exit);
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) return;
            throw e;
        }
        if (r != null) throw Errors.runtimeError(kind.label + " ignored GeneratorExit");
    }

    /**
     * Closes the generator as CPython's finalizer would; an exception from close() is reported
     * on stderr as "Exception ignored in: ..." and otherwise ignored.
     */
    void finalizeQuietly(ThreadState ts) {
        loopOwned = false;
        if (!started || finished || running) return;
        PyBaseException handled = ts.handledException();
        try {
            close(ts);
        } catch (PyException e) {
            Interpreter.writeStderr(ts, "Exception ignored in: " + this + "\n" + TracebackPrinter.format(ts, e.value()));
        } finally {
            ts.setHandledException(handled);
        }
    }

    /** Python-level send/__next__: StopIteration(value) at the end. */
    private PyObject sendOrStop(ThreadState ts, PyObject v) {
        PyObject r = resume(ts, v, null);
        if (r == null) throw stop(takeReturnValue());
        return r;
    }

    private static PyException stop(PyObject value) {
        return value == PyNone.NONE ? Errors.stopIteration() : Errors.stopIteration(value);
    }

    /** Builds the exception for throw(type[, value[, tb]]) as CPython's gen_throw does. */
    static PyException throwArgument(ThreadState ts, PyObject[] args) {
        PyObject typ = args[0];
        PyObject val = args.length > 1 ? args[1] : PyNone.NONE;
        PyBaseException e;
        if (typ instanceof PyBaseException inst) {
            if (val != PyNone.NONE) throw Errors.typeError("instance exception may not have a separate value");
            e = inst;
        } else if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject made = val instanceof PyBaseException pv && pv.type().isSubtypeOf(t) ? val
                    : t.call(ts, val == PyNone.NONE ? new PyObject[0] : new PyObject[] {val}, null);
            e = (PyBaseException) made;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name());
        }
        if (args.length > 2 && args[2] != PyNone.NONE) e.traceback = args[2];
        return new PyException(e);
    }

    @Override
    public String toString() {
        return "<generator object " + qualname + ">";
    }

    private static PyType createType() {
        PyType t = PyType.builtin("generator", PyType.OBJECT, false);
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, self) -> self));
        t.define("__next__", PyMethodDescr.noArgs(t, "__next__", (ts, self) -> ((PyGenerator) self).sendOrStop(ts, PyNone.NONE)));
        t.define("send", PyMethodDescr.oneArg(t, "send", (ts, self, v) -> ((PyGenerator) self).sendOrStop(ts, v)));
        t.define("throw", PyMethodDescr.positional(t, "throw", 1, 3, (ts, self, args) -> {
            PyGenerator g = (PyGenerator) self;
            PyObject r = g.throwInto(ts, throwArgument(ts, args));
            if (r == null) throw stop(g.takeReturnValue());
            return r;
        }));
        t.define("close", PyMethodDescr.noArgs(t, "close", (ts, self) -> {
            ((PyGenerator) self).close(ts);
            return PyNone.NONE;
        }));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, self) -> new PyStr("<generator object "
                + ((PyGenerator) self).qualname + " at 0x" + Long.toHexString(ts.interp().id(self)) + ">")));
        t.define("__name__", new PyGetSet(t, "__name__", (ts, self) -> new PyStr(((PyGenerator) self).name), null));
        t.define("__qualname__", new PyGetSet(t, "__qualname__", (ts, self) -> new PyStr(((PyGenerator) self).qualname), null));
        t.define("gi_running", new PyGetSet(t, "gi_running", (ts, self) -> PyBool.of(((PyGenerator) self).running), null));
        t.define("gi_frame", new PyGetSet(t, "gi_frame", (ts, self) -> PyNone.NONE, null));
        return t;
    }
}
