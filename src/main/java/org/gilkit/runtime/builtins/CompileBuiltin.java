package org.gilkit.runtime.builtins;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBytesLike;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}: a code
 * object for {@code exec()} or {@code eval()}; mode is 'exec' (statements), 'eval' (one
 * expression) or 'single' (one interactive statement whose expression values are printed).
 * Syntax errors name {@code filename}. {@code flags} other than 0 (AST output, future features)
 * are refused: gilkit has no ast module.
 */
public final class CompileBuiltin implements Builtin {
    private static final ArgParser ARGS = ArgParser.of("compile", 3, "source", "filename", "mode", "flags",
            "dont_inherit", "optimize", "_feature_version");

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        PyObject[] a = ARGS.parse(args, kw);
        String filename = filename(a[1]);
        String mode = a[2] instanceof PyStr m ? m.value() : null;
        if (mode == null) throw Errors.typeError("compile() argument 'mode' must be str, not " + a[2].type().name());
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (a[3] != null && !(a[3] instanceof PyInt f && f.signum() == 0)) {
            throw Errors.valueError("compile(): unrecognised flags (gilkit supports only flags=0)");
        }
        if (CodeArguments.runner(ts).isCode(a[0])) return a[0];
        String text = CodeArguments.text(a[0]);
        if (text == null) throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        return CodeArguments.runner(ts).compile(ts, text, filename, mode);
    }

    /** os.fspath-like: str, bytes, or an object with __fspath__. */
    private static String filename(PyObject f) {
        if (f instanceof PyStr s) return s.value();
        if (f instanceof PyBytesLike b) return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + f.type().name());
    }
}
