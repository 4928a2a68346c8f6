package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code min(iterable, *, key=None, default=...)} / {@code min(a, b, *rest, key=None)}. */
public final class MinBuiltin implements Builtin {
    @Override
    public String name() {
        return "min";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return MinMax.compute(ts, args, kw, "min", Ops.Cmp.LT);
    }
}
