package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code hash(obj)}. */
public final class HashBuiltin implements Builtin {
    @Override
    public String name() {
        return "hash";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("hash", args, kw);
        return PyInt.of(Ops.hash(ts, args[0]));
    }
}
