package org.gilkit.runtime.builtins;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.CodeRunner;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * {@code eval(source, globals=None, locals=None, /)}: the value of an expression given as a
 * string or bytes (leading spaces and tabs ignored, file name {@code "<string>"}), or of a code
 * object (None for one compiled in 'exec' mode), in the given namespaces (the caller's by
 * default).
 */
public final class EvalBuiltin implements Builtin {
    @Override
    public String name() {
        return "eval";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("eval", "eval", args, kw, 1, 3);
        PyObject globals = args.length > 1 ? args[1] : null;
        if (globals != null && !(globals instanceof PyDict) && globals != PyNone.NONE && args.length > 2) {
            throw Errors.typeError("globals must be a real dict; try eval(expr, {}, mapping)");
        }
        CodeArguments.Namespaces ns = CodeArguments.namespaces(ts, globals, args.length > 2 ? args[2] : null,
                "globals must be a dict", "locals must be a mapping");
        CodeRunner runner = CodeArguments.runner(ts);
        return runner.run(ts, code(ts, runner, args[0]), ns.globals(), ns.locals());
    }

    private static PyObject code(ThreadState ts, CodeRunner runner, PyObject src) {
        if (runner.isCode(src)) return src;
        String text = CodeArguments.text(src);
        if (text == null) throw Errors.typeError("eval() arg 1 must be a string, bytes or code object");
        return runner.compile(ts, stripBlanks(text), "<string>", "eval");
    }

    /** eval() ignores leading spaces and tabs of a source string (not newlines). */
    private static String stripBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return s.substring(i);
    }
}
