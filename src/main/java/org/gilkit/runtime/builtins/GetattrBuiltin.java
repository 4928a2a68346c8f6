package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code getattr(obj, name[, default])}. */
public final class GetattrBuiltin implements Builtin {
    @Override
    public String name() {
        return "getattr";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("getattr", "getattr", args, kw, 2, 3);
        String name = attrName(args[1], "getattr");
        if (args.length == 2) return Ops.getattr(ts, args[0], name);
        PyObject v = Ops.getattrOrNull(ts, args[0], name);
        return v == null ? args[2] : v;
    }

    static String attrName(PyObject n, String fname) {
        if (!(n instanceof PyStr)) throw Errors.typeError("attribute name must be string, not '" + n.type().name() + "'");
        return ((PyStr) n).value();
    }
}
