package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code ascii(obj)}: repr with non-ASCII characters escaped. */
public final class AsciiBuiltin implements Builtin {
    @Override
    public String name() {
        return "ascii";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("ascii", args, kw);
        return new PyStr(Ops.ascii(ts, args[0]));
    }
}
