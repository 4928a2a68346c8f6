package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code callable(obj)}. */
public final class CallableBuiltin implements Builtin {
    @Override
    public String name() {
        return "callable";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("callable", args, kw);
        PyObject o = args[0];
        return PyBool.of(o instanceof PyType || o instanceof PyBuiltinFunction || o instanceof PyMethod
                || o instanceof PyMethodDescr || o.type().lookup("__call__") != null);
    }
}
