package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new sorted list (stable). */
public final class SortedBuiltin implements Builtin {
    @Override
    public String name() {
        return "sorted";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        int npos = ArgParser.npos(args, kw);
        ArgParser.checkPositional("sorted", npos, 1, 1);
        PyList l = new PyList();
        Ops.callMethod(ts, l, "extend", args[0]);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        Ops.callMethod(ts, l, "sort", rest, kw);
        return l;
    }
}
