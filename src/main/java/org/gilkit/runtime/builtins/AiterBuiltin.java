package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code aiter(async_iterable)}: {@code async_iterable.__aiter__()}, which must be an async iterator. */
public final class AiterBuiltin implements Builtin {
    @Override
    public String name() {
        return "aiter";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("aiter", "aiter", args, kw, 1, 1);
        PyObject f = args[0].type().lookup("__aiter__");
        if (f == null) {
            throw Errors.typeError("'" + args[0].type().name() + "' object is not an async iterable");
        }
        PyObject it = Ops.callDescriptor(ts, f, args[0]);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
        }
        return it;
    }
}
