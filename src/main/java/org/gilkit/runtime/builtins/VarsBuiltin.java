package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code vars([object])}: the object's {@code __dict__}, or the caller's locals. */
public final class VarsBuiltin implements Builtin {
    @Override
    public String name() {
        return "vars";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("vars", "vars", args, kw, 0, 1);
        if (args.length == 0) return LocalsBuiltin.locals(ts);
        PyObject d = Ops.getattrOrNull(ts, args[0], "__dict__");
        if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
        return d;
    }
}
