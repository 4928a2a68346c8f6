package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code pow(base, exp, mod=None)}. */
public final class PowBuiltin implements Builtin {
    private static final ArgParser ARGS = ArgParser.of("pow", 2, "base", "exp", "mod");

    @Override
    public String name() {
        return "pow";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        PyObject[] p = ARGS.parse(args, kw);
        return Ops.pow(ts, p[0], p[1], p[2] == null ? PyNone.NONE : p[2]);
    }
}
