package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code quit(code=None)}: raises SystemExit(code), as the one the site module installs. */
public final class QuitBuiltin implements Builtin {
    @Override
    public String name() {
        return "quit";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("quit", "quit", args, kw, 0, 1);
        PyObject[] a = args.length == 0 ? new PyObject[0] : new PyObject[] {args[0]};
        throw PyBaseException.create(PyExc.SystemExit, a).toThrowable();
    }
}
