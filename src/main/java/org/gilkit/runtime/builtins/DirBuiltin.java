package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code dir([object])}: the sorted attribute names (or the caller's local names). */
public final class DirBuiltin implements Builtin {
    @Override
    public String name() {
        return "dir";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("dir", "dir", args, kw, 0, 1);
        PyObject names = args.length == 0 ? Ops.callMethod(ts, LocalsBuiltin.locals(ts), "keys")
                : Ops.callDescriptor(ts, args[0].type().lookup("__dir__"), args[0]);
        PyList l = new PyList();
        Ops.callMethod(ts, l, "extend", names);
        Ops.callMethod(ts, l, "sort");
        return l;
    }
}
