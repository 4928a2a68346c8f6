package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code open(file, mode='r', ...)}: text (UTF-8) and binary files; I/O releases the GIL. */
public final class OpenBuiltin implements Builtin {
    @Override
    public String name() {
        return "open";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return FileOpener.open(ts, args, kw);
    }
}
