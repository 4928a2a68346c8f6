package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code divmod(a, b)}. */
public final class DivmodBuiltin implements Builtin {
    @Override
    public String name() {
        return "divmod";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("divmod", "divmod", args, kw, 2, 2);
        return Ops.divmod(ts, args[0], args[1]);
    }
}
