package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code next(iterator[, default])}. */
public final class NextBuiltin implements Builtin {
    @Override
    public String name() {
        return "next";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("next", "next", args, kw, 1, 2);
        PyObject it = args[0];
        if (!(it instanceof PyIter) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        if (args.length == 2) {
            PyObject v = Ops.next(ts, it);
            return v == null ? args[1] : v;
        }
        // The type's __next__ raises StopIteration itself, with a generator's return value.
        return Ops.callDescriptor(ts, it.type().lookup("__next__"), it);
    }
}
