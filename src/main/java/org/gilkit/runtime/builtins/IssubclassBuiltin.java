package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code issubclass(cls, classinfo)}. */
public final class IssubclassBuiltin implements Builtin {
    @Override
    public String name() {
        return "issubclass";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("issubclass", "issubclass", args, kw, 2, 2);
        return PyBool.of(Ops.isSubclass(ts, args[0], args[1]));
    }
}
