package org.gilkit.vm;

import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;

/**
 * One entry of an exception's traceback (CPython's traceback object): the frame the exception
 * passed through, the line it was at there, and the entry for the next frame inward. The head of
 * the chain is the outermost frame the exception has left so far, so printing from the head gives
 * "most recent call last". Built by {@link Tracebacks#record}, printed by {@link TracebackPrinter}.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, false);

    static {
        // tb_next lets library code drop its own frame from a traceback it re-raises
        // (exc.with_traceback(tb.tb_next)), as asyncio's Task does for its step function.
        TYPE.define("tb_next", new org.gilkit.runtime.PyGetSet(TYPE, "tb_next", (ts, s) -> {
            PyTraceback n = ((PyTraceback) s).next;
            return n == null ? org.gilkit.runtime.PyNone.NONE : n;
        }, null));
        TYPE.define("tb_lineno", new org.gilkit.runtime.PyGetSet(TYPE, "tb_lineno",
                (ts, s) -> org.gilkit.runtime.PyInt.of(((PyTraceback) s).line), null));
    }

    final Frame frame;
    final int line;
    final PyTraceback next;

    PyTraceback(Frame frame, int line, PyTraceback next) {
        this.frame = frame;
        this.line = line;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String filename() {
        return frame.code.filename;
    }

    public String name() {
        return frame.code.name;
    }

    public int line() {
        return line;
    }

    public PyTraceback next() {
        return next;
    }
}
