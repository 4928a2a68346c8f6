package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code ord(c)}. */
public final class OrdBuiltin implements Builtin {
    @Override
    public String name() {
        return "ord";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.exactlyOne("ord", args, kw);
        PyObject c = args[0];
        if (c instanceof PyStr) {
            PyStr s = (PyStr) c;
            if (s.length() != 1) throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
            return PyInt.of(s.codePointAt(0));
        }
        if (c instanceof PyBytesLike) {
            byte[] b = ((PyBytesLike) c).bytes();
            if (b.length != 1) throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
            return PyInt.of(b[0] & 0xff);
        }
        throw Errors.typeError("ord() expected string of length 1, but " + c.type().name() + " found");
    }
}
