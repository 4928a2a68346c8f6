package org.gilkit.vm;

import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;

/**
 * The frame of a coroutine or async generator as {@code cr_frame}/{@code ag_frame} show it while
 * it has not finished: f_lineno (the line it is suspended at, or its def line before it first
 * runs), f_code, f_globals and f_locals. asyncio's Task repr reads it ("running at file:line").
 */
final class SuspendedFrame extends PyObject {
    static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, false);

    static {
        TYPE.define("f_lineno", new PyGetSet(TYPE, "f_lineno", (ts, s) -> PyInt.of(((SuspendedFrame) s).line()), null));
        TYPE.define("f_code", new PyGetSet(TYPE, "f_code", (ts, s) -> new PyCode(((SuspendedFrame) s).engine.frame().code), null));
        TYPE.define("f_globals", new PyGetSet(TYPE, "f_globals", (ts, s) -> ((SuspendedFrame) s).engine.frame().globals, null));
        TYPE.define("f_locals", new PyGetSet(TYPE, "f_locals", (ts, s) -> ((SuspendedFrame) s).engine.frame().locals(), null));
    }

    private final PyGenerator engine;

    private SuspendedFrame(PyGenerator engine) {
        this.engine = engine;
    }

    /** cr_frame: None once the coroutine finished. */
    static PyObject of(PyGenerator engine) {
        return engine.isFinished() ? PyNone.NONE : new SuspendedFrame(engine);
    }

    private int line() {
        return engine.isStarted() ? engine.frame().line() : engine.frame().code.firstLine;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
