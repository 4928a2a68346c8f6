package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code id(obj)}: unique among live objects (see InterpreterState#id). */
public final class IdBuiltin implements Builtin {
    @Override
    public String name() {
        return "id";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("id", args, kw);
        return PyInt.of(ts.interp().id(args[0]));
    }
}
