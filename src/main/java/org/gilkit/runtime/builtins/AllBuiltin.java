package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code all(iterable)}. */
public final class AllBuiltin implements Builtin {
    @Override
    public String name() {
        return "all";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("all", args, kw);
        PyObject it = Ops.iter(ts, args[0]);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) if (!Ops.isTrue(ts, x)) return PyBool.FALSE;
        return PyBool.TRUE;
    }
}
