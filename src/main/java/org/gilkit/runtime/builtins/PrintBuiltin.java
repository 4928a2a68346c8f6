package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/**
 * {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. Writes to
 * {@code sys.stdout} as the program sees it (a reassigned sys.stdout or any object with
 * {@code write} works); the built-in file objects take a direct path.
 */
public final class PrintBuiltin implements Builtin {
    @Override
    public String name() {
        return "print";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        int npos = ArgParser.npos(args, kw);
        String sep = " ";
        String end = "\n";
        PyObject file = PyNone.NONE;
        boolean flush = false;
        for (int i = npos; i < args.length; i++) {
            String k = kw[i - npos];
            PyObject v = args[i];
            switch (k) {
                case "sep": sep = text(v, "sep", " "); break;
                case "end": end = text(v, "end", "\n"); break;
                case "file": file = v; break;
                case "flush": flush = Ops.isTrue(ts, v); break;
                default: throw Errors.typeError("'" + k + "' is an invalid keyword argument for print()");
            }
        }
        if (file == PyNone.NONE) file = ts.interp().sysStdout();
        if (file == PyNone.NONE) return PyNone.NONE;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Ops.str(ts, args[i]));
        }
        sb.append(end);
        write(ts, file, sb.toString(), flush);
        return PyNone.NONE;
    }

    private static String text(PyObject v, String what, String dflt) {
        if (v == PyNone.NONE) return dflt;
        if (!(v instanceof PyStr)) throw Errors.typeError(what + " must be None or a string, not " + v.type().name());
        return ((PyStr) v).value();
    }

    private static void write(ThreadState ts, PyObject file, String s, boolean flush) {
        if (file instanceof PyTextIO && !((PyTextIO) file).isClosed()) {
            PyTextIO f = (PyTextIO) file;
            f.writeText(ts, s);
            if (flush) f.flush(ts);
            return;
        }
        Ops.callMethod(ts, file, "write", new PyStr(s));
        if (flush) Ops.callMethod(ts, file, "flush");
    }
}
