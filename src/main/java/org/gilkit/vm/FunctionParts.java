package org.gilkit.vm;

import org.gilkit.compiler.Code;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;

/**
 * Takes a Python function apart and puts it back together, for copying an object graph into
 * another interpreter (multiprocessing's fork start method, {@code org.gilkit.modules.mp}). The
 * parts are what MAKE_FUNCTION captured plus the writable attributes; the {@link Code} is
 * immutable and may be shared between interpreters. Added for multiprocessing (issue 9); the
 * function's own code is untouched.
 */
public final class FunctionParts {
    private FunctionParts() {}

    /**
     * The parts of a function; {@code closure} cells are shared objects (copy them as such).
     * {@code dict} and {@code annotations} are null when the function has none yet.
     */
    public record Parts(Code code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, Cell[] closure,
            String name, String qualname, PyObject doc, PyObject module, PyDict dict, PyDict annotations) {}

    /** Whether {@code o} is a Python (bytecode) function. */
    public static boolean isFunction(PyObject o) {
        return o instanceof PyFunction;
    }

    /** The parts of {@code f} (a {@link #isFunction function}). */
    public static Parts of(PyObject f) {
        PyFunction fn = (PyFunction) f;
        PyDict d = fn.dict().size() == 0 ? null : fn.dict();
        PyDict a = fn.annotations == null || fn.annotations.size() == 0 ? null : fn.annotations;
        return new Parts(fn.code, fn.globals, fn.defaults, fn.kwdefaults, fn.closure, fn.name, fn.qualname,
                fn.doc, fn.module, d, a);
    }

    /** A new function from parts; {@code builtins} is the target interpreter's builtins dict. */
    public static PyObject build(Parts p, PyDict builtins) {
        PyFunction fn = new PyFunction(p.code(), p.globals(), builtins, p.defaults(), p.kwdefaults(), p.closure());
        fn.name = p.name();
        fn.qualname = p.qualname();
        fn.doc = p.doc() == null ? PyNone.NONE : p.doc();
        fn.module = p.module() == null ? PyNone.NONE : p.module();
        if (p.annotations() != null) fn.annotations = p.annotations();
        if (p.dict() != null) {
            for (var e : p.dict().entries()) fn.dict().put(e.getKey(), e.getValue());
        }
        return fn;
    }
}
