package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** The shared body of min() and max(): one iterable or several arguments, key=, default=. */
final class MinMax {
    private MinMax() {}

    static PyObject compute(ThreadState ts, PyObject[] args, String[] kw, String name, Ops.Cmp better) {
        int npos = ArgParser.npos(args, kw);
        PyObject key = null;
        PyObject dflt = null;
        for (int i = npos; i < args.length; i++) {
            String k = kw[i - npos];
            if (k.equals("key")) key = args[i] == PyNone.NONE ? null : args[i];
            else if (k.equals("default")) dflt = args[i];
            else throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
        }
        if (npos == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        if (npos > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject it = npos == 1 ? Ops.iter(ts, args[0]) : Ops.iter(ts, PyTuple.of(java.util.Arrays.copyOf(args, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            PyObject k = key == null ? x : Ops.call(ts, key, x);
            if (best == null || Ops.compareBool(ts, k, bestKey, better)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }
}
