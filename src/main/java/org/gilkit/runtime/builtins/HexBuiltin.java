package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code hex(i)}. */
public final class HexBuiltin implements Builtin {
    @Override
    public String name() {
        return "hex";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("hex", args, kw);
        return new PyStr(org.gilkit.runtime.format.IntText.hex(Ops.index(ts, args[0]).bigValue()));
    }
}
