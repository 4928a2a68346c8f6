package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code delattr(obj, name)}. */
public final class DelattrBuiltin implements Builtin {
    @Override
    public String name() {
        return "delattr";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("delattr", "delattr", args, kw, 2, 2);
        Ops.delattr(ts, args[0], GetattrBuiltin.attrName(args[1], "delattr"));
        return PyNone.NONE;
    }
}
