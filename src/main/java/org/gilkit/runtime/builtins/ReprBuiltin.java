package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code repr(obj)}. */
public final class ReprBuiltin implements Builtin {
    @Override
    public String name() {
        return "repr";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("repr", args, kw);
        return new PyStr(Ops.repr(ts, args[0]));
    }
}
