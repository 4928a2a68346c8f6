package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/**
 * {@code input(prompt='')}: writes the prompt to sys.stdout (flushed), reads one line from
 * sys.stdin with the GIL released while blocked, strips the newline; EOFError at end of input.
 */
public final class InputBuiltin implements Builtin {
    @Override
    public String name() {
        return "input";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("input", "input", args, kw, 0, 1);
        PyObject out = ts.interp().sysStdout();
        if (args.length == 1 && out != PyNone.NONE) Ops.callMethod(ts, out, "write", new PyStr(Ops.str(ts, args[0])));
        if (out != PyNone.NONE) Ops.callMethod(ts, out, "flush");
        PyObject in = ts.interp().sysStdin();
        if (in == PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdin");
        PyObject line = Ops.callMethod(ts, in, "readline");
        if (!(line instanceof PyStr)) throw Errors.typeError("object.readline() returned non-string");
        String s = ((PyStr) line).value();
        if (s.isEmpty()) throw Errors.eofError("EOF when reading a line");
        if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
        return new PyStr(s);
    }
}
