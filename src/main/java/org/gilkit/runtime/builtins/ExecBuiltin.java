package org.gilkit.runtime.builtins;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.CodeRunner;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * {@code exec(source, globals=None, locals=None, /, *, closure=None)}: runs a string, bytes or
 * code object as a module body in the given namespaces (the caller's by default) and returns
 * None. The source compiles with the file name {@code "<string>"}, so its tracebacks and syntax
 * errors say {@code File "<string>", line N}. Closures are not supported (closure must be None).
 */
public final class ExecBuiltin implements Builtin {
    @Override
    public String name() {
        return "exec";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        int npos = ArgParser.npos(args, kw);
        checkClosure(args, kw, npos);
        ArgParser.checkPositional("exec", npos, 1, 3);
        PyObject src = args[0];
        CodeArguments.Namespaces ns = CodeArguments.namespaces(ts, npos > 1 ? args[1] : null,
                npos > 2 ? args[2] : null, "exec() globals must be a dict, not %s",
                "locals must be a mapping or None, not %s");
        CodeRunner runner = CodeArguments.runner(ts);
        PyObject code = code(ts, runner, src);
        runner.run(ts, code, ns.globals(), ns.locals());
        return PyNone.NONE;
    }

    private static PyObject code(ThreadState ts, CodeRunner runner, PyObject src) {
        if (runner.isCode(src)) return src;
        String text = CodeArguments.text(src);
        if (text == null) throw Errors.typeError("exec() arg 1 must be a string, bytes or code object");
        return runner.compile(ts, text, "<string>", "exec");
    }

    /** The only keyword is closure, and gilkit accepts only None for it. */
    private static void checkClosure(PyObject[] args, String[] kw, int npos) {
        if (kw == null) return;
        for (int i = 0; i < kw.length; i++) {
            if (!kw[i].equals("closure")) {
                throw Errors.typeError("exec() got an unexpected keyword argument '" + kw[i] + "'");
            }
            if (args[npos + i] != PyNone.NONE) {
                throw Errors.typeError("exec(): closure is not supported by gilkit (pass None)");
            }
        }
    }
}
