package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code hasattr(obj, name)}. */
public final class HasattrBuiltin implements Builtin {
    @Override
    public String name() {
        return "hasattr";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("hasattr", "hasattr", args, kw, 2, 2);
        return PyBool.of(Ops.hasattr(ts, args[0], GetattrBuiltin.attrName(args[1], "hasattr")));
    }
}
