package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code max(iterable, *, key=None, default=...)} / {@code max(a, b, *rest, key=None)}. */
public final class MaxBuiltin implements Builtin {
    @Override
    public String name() {
        return "max";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return MinMax.compute(ts, args, kw, "max", Ops.Cmp.GT);
    }
}
