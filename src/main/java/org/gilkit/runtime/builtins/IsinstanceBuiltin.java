package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code isinstance(obj, classinfo)}. */
public final class IsinstanceBuiltin implements Builtin {
    @Override
    public String name() {
        return "isinstance";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("isinstance", "isinstance", args, kw, 2, 2);
        return PyBool.of(Ops.isInstance(ts, args[0], args[1]));
    }
}
