package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code globals()}: the current frame's globals (from the VM's FrameInfo). */
public final class GlobalsBuiltin implements Builtin {
    @Override
    public String name() {
        return "globals";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.noArgs("globals", args, kw);
        if (ts.frame() == null) throw Errors.systemError("globals(): no current frame");
        return ts.frame().globals();
    }
}
