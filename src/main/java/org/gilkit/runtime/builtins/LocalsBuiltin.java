package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code locals()}: the current frame's locals (from the VM's FrameInfo). */
public final class LocalsBuiltin implements Builtin {
    @Override
    public String name() {
        return "locals";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.noArgs("locals", args, kw);
        return locals(ts);
    }

    static PyObject locals(ThreadState ts) {
        if (ts.frame() == null) throw Errors.systemError("locals(): no current frame");
        return ts.frame().locals();
    }
}
