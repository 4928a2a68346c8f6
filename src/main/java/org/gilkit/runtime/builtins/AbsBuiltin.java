package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code abs(x)}. */
public final class AbsBuiltin implements Builtin {
    @Override
    public String name() {
        return "abs";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("abs", args, kw);
        return Ops.abs(ts, args[0]);
    }
}
