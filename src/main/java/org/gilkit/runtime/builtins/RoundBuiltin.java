package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code round(number, ndigits=None)} through the number's {@code __round__}. */
public final class RoundBuiltin implements Builtin {
    private static final ArgParser ARGS = ArgParser.of("round", 1, "number", "ndigits");

    @Override
    public String name() {
        return "round";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        PyObject[] p = ARGS.parse(args, kw);
        PyObject f = p[0].type().lookup("__round__");
        if (f == null) throw Errors.typeError("type " + p[0].type().name() + " doesn't define __round__ method");
        if (p[1] == null || p[1] == PyNone.NONE) return Ops.callDescriptor(ts, f, p[0]);
        return Ops.callDescriptor(ts, f, p[0], p[1]);
    }
}
