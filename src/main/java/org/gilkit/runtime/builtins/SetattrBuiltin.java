package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code setattr(obj, name, value)}. */
public final class SetattrBuiltin implements Builtin {
    @Override
    public String name() {
        return "setattr";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("setattr", "setattr", args, kw, 3, 3);
        Ops.setattr(ts, args[0], GetattrBuiltin.attrName(args[1], "setattr"), args[2]);
        return PyNone.NONE;
    }
}
