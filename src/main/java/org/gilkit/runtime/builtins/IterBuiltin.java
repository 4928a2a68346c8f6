package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code iter(obj)} and {@code iter(callable, sentinel)}. */
public final class IterBuiltin implements Builtin {
    @Override
    public String name() {
        return "iter";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("iter", "iter", args, kw, 1, 2);
        if (args.length == 1) return Ops.iter(ts, args[0]);
        if (!new CallableBuiltin().call(ts, new PyObject[] {args[0]}, null).equals(PyBool.TRUE)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new PyCallableIterator(args[0], args[1]);
    }
}
