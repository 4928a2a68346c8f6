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
        if (i.isBig()) throw Errors.overflowError("Python int too large to convert to C int");
        long v = i.longValue();
        if (v < 0 || v > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
        return PyStr.ofCodePoint((int) v);
    }
}
