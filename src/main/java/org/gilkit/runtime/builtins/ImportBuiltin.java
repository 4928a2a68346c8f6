package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}: delegates to the VM's ModuleLoader. */
public final class ImportBuiltin implements Builtin {
    private static final ArgParser ARGS = ArgParser.of("__import__", 1, "name", "globals", "locals", "fromlist", "level");

    @Override
    public String name() {
        return "__import__";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        PyObject[] p = ARGS.parse(args, kw);
        if (!(p[0] instanceof PyStr)) throw Errors.typeError("__import__() argument 1 must be str, not " + p[0].type().name());
        int level = p[4] == null ? 0 : Ops.index(ts, p[4]).asInt();
        if (level < 0) throw Errors.valueError("level must be >= 0");
        if (((PyStr) p[0]).length() == 0 && level == 0) throw Errors.valueError("Empty module name");
        ModuleLoader loader = ts.interp().moduleLoader();
        if (loader == null) throw Errors.importError("import is not available (no module loader installed)");
        return loader.importModule(ts, ((PyStr) p[0]).value(), p[1] == null ? PyNone.NONE : p[1],
                p[3] == null ? PyTuple.EMPTY : p[3], level);
    }
}
