package org.gilkit.modules;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.FrameInfo;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The frame object of {@code sys._getframe}: a read-only view of a VM frame
 * ({@link FrameInfo}) with f_lineno, f_back, f_globals, f_locals and an f_code carrying
 * co_name and co_filename, which is what logging's findCaller, inspect-style tutorials and
 * traceback.extract_stack read. Installed into sys by {@link Modules#installSys}.
 */
final class FrameObject extends PyObject {
    static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, false);

    static {
        TYPE.define("f_lineno", get("f_lineno", f -> PyInt.of(f.line())));
        TYPE.define("f_back", get("f_back", f -> wrap(f.back())));
        TYPE.define("f_globals", get("f_globals", FrameInfo::globals));
        TYPE.define("f_locals", get("f_locals", FrameInfo::locals));
        TYPE.define("f_code", get("f_code", f -> new SimpleNamespace()
                .set("co_name", new PyStr(f.codeName()))
                .set("co_filename", new PyStr(f.filename()))));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> {
            FrameInfo f = ((FrameObject) s).frame;
            return new PyStr("<frame at 0x" + Long.toHexString(System.identityHashCode(f)) + ", file "
                    + Ops.repr(ts, new PyStr(f.filename())) + ", line " + f.line() + ", code " + f.codeName() + ">");
        }));
    }

    private final FrameInfo frame;

    private FrameObject(FrameInfo frame) {
        this.frame = frame;
    }

    private static PyGetSet get(String name, java.util.function.Function<FrameInfo, PyObject> f) {
        return new PyGetSet(TYPE, name, (ts, s) -> f.apply(((FrameObject) s).frame), null);
    }

    private static PyObject wrap(FrameInfo f) {
        return f == null ? PyNone.NONE : new FrameObject(f);
    }

    /** The frame object of the code running on {@code ts}, or None. */
    static PyObject current(ThreadState ts) {
        return wrap(ts.frame());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code sys._getframe([depth])}: the caller's frame, or the one {@code depth} calls below it. */
    static PyObject getframe(ThreadState ts, PyObject[] a, String[] k) {
        org.gilkit.runtime.ArgParser.positional("_getframe", "_getframe", a, k, 0, 1);
        long depth = a.length == 0 ? 0 : Ops.index(ts, a[0]).asLong();
        FrameInfo f = ts.frame();
        for (long i = 0; i < depth && f != null; i++) f = f.back();
        if (f == null) throw Errors.valueError("call stack is not deep enough");
        return new FrameObject(f);
    }
}
