package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/** {@code format(value, format_spec='')}. */
public final class FormatBuiltin implements Builtin {
    @Override
    public String name() {
        return "format";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        ArgParser.positional("format", "format", args, kw, 1, 2);
        PyObject spec = args.length > 1 ? args[1] : PyStr.EMPTY;
        if (!(spec instanceof PyStr)) throw Errors.mustBe("format() argument 2", "str", spec);
        return new PyStr(Ops.format(ts, args[0], ((PyStr) spec).value()));
    }
}
