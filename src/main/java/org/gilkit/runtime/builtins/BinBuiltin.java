package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code bin(i)}. */
public final class BinBuiltin implements Builtin {
    @Override
    public String name() {
        return "bin";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("bin", args, kw);
        return new PyStr(org.gilkit.runtime.format.IntText.bin(Ops.index(ts, args[0]).bigValue()));
    }
}
