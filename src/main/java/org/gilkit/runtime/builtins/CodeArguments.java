package org.gilkit.runtime.builtins;

import java.nio.charset.StandardCharsets;
import org.gilkit.runtime.CodeRunner;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.FrameInfo;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBytesLike;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * What {@link ExecBuiltin}, {@link EvalBuiltin} and {@link CompileBuiltin} share: turning the
 * source argument into text or a code object, and choosing the namespaces (the caller's globals
 * and locals when none are given, {@code locals = globals} when only globals are), with
 * CPython's TypeError texts. The compiling and running itself is the VM's {@link CodeRunner}.
 */
final class CodeArguments {
    private CodeArguments() {}

    /** The globals and locals a piece of code runs in. */
    record Namespaces(PyDict globals, PyDict locals) {}

    /** The VM's hook; a SystemError if none is installed (a runtime-only interpreter in a test). */
    static CodeRunner runner(ThreadState ts) {
        CodeRunner r = ts.interp().codeRunner();
        if (r == null) throw Errors.systemError("no code runner installed (the VM is not loaded)");
        return r;
    }

    /**
     * Source text from str, bytes or bytearray (decoded as UTF-8), or null when {@code src} is
     * not one; "source code string cannot contain null bytes" as CPython 3.11.
     */
    static String text(PyObject src) {
        String s;
        if (src instanceof PyStr str) {
            s = str.value();
        } else if (src instanceof PyBytesLike b) {
            s = new String(b.bytes(), StandardCharsets.UTF_8);
        } else {
            return null;
        }
        if (s.indexOf('\0') >= 0) throw Errors.valueError("source code string cannot contain null bytes");
        return s;
    }

    /**
     * exec()/eval() namespaces from the optional arguments (null or None when not given).
     * {@code globalsError} is the caller's text for a globals argument that is not a dict.
     */
    static Namespaces namespaces(ThreadState ts, PyObject globals, PyObject locals, String globalsError,
            String localsError) {
        if (globals == PyNone.NONE) globals = null;
        if (locals == PyNone.NONE) locals = null;
        if (globals != null && !(globals instanceof PyDict)) {
            throw Errors.typeError(globalsError.replace("%s", globals.type().name()));
        }
        if (locals != null && !isMapping(locals)) {
            throw Errors.typeError(localsError.replace("%s", locals.type().name()));
        }
        if (locals != null && !(locals instanceof PyDict)) {
            throw Errors.typeError("gilkit supports only a dict as locals, not " + locals.type().name());
        }
        PyDict g = (PyDict) globals;
        PyObject l = locals;
        if (g == null) {
            FrameInfo caller = ts.frame();
            if (caller == null) throw Errors.systemError("exec()/eval(): no current frame");
            g = caller.globals();
            if (l == null) l = caller.locals();
        } else if (l == null) {
            l = g;
        }
        // CPython inserts the builtins so that the code finds them through its globals.
        if (g.getStr("__builtins__") == null) g.putStr("__builtins__", ts.interp().builtins());
        return new Namespaces(g, (PyDict) l);
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || Ops.lookupSpecial(o, "__getitem__") != null;
    }
}
