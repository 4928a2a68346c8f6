package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code anext(aiterator[, default])}: the awaitable of the next item of an async iterator. */
public final class AnextBuiltin implements Builtin {
    @Override
    public String name() {
        return "anext";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("anext", "anext", args, kw, 1, 2);
        PyObject f = args[0].type().lookup("__anext__");
        if (f == null) {
            throw Errors.typeError("'" + args[0].type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = Ops.callDescriptor(ts, f, args[0]);
        if (args.length == 1) return awaitable;
        if (awaitable.type().lookup("__await__") == null) {
            throw Errors.typeError("__anext__ returned an object of type '" + awaitable.type().name()
                    + "', which is not awaitable");
        }
        return new AnextAwaitable(awaitable, args[1]);
    }
}
