package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code any(iterable)}. */
public final class AnyBuiltin implements Builtin {
    @Override
    public String name() {
        return "any";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("any", args, kw);
        PyObject it = Ops.iter(ts, args[0]);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) if (Ops.isTrue(ts, x)) return PyBool.TRUE;
        return PyBool.FALSE;
    }
}
