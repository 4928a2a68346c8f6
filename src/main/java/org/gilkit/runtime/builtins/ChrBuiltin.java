package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code chr(i)}. */
public final class ChrBuiltin implements Builtin {
    @Override
    public String name() {
        return "chr";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("chr", args, kw);
        PyInt i = Ops.index(ts, args[0]);
        long v = i.isBig() ? Long.MAX_VALUE : i.longValue();
        if (v != (int) v) throw Errors.overflowError("Python int too large to convert to C int");
        if (v < 0 || v > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
        return PyStr.ofCodePoint((int) v);
    }
}
