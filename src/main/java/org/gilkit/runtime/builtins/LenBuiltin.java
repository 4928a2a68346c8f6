package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code len(obj)}. */
public final class LenBuiltin implements Builtin {
    @Override
    public String name() {
        return "len";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("len", args, kw);
        return PyInt.of(Ops.len(ts, args[0]));
    }
}
