package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code oct(i)}. */
public final class OctBuiltin implements Builtin {
    @Override
    public String name() {
        return "oct";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("oct", args, kw);
        return new PyStr(org.gilkit.runtime.format.IntText.oct(Ops.index(ts, args[0]).bigValue()));
    }
}
