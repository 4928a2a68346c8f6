package org.gilkit.vm;

import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * The inline cache of a CALL instruction whose callee is not a Python function: when the callee
 * is the interpreter's own {@code len} or {@code isinstance}, the call goes straight to
 * {@link Ops#len}/{@link Ops#isInstance} without building an argument array or passing through
 * the builtin's generic entry (CPython 3.11's PRECALL_NO_KW_LEN / PRECALL_NO_KW_ISINSTANCE).
 * Both are among the most called builtins of ordinary programs, and the generic path costs
 * more than the operation itself.
 *
 * <p>A site remembers the callee object it specialised for and applies only while the same
 * object is called there, so shadowing {@code len} in globals or builtins simply misses. It is
 * recognised once, on first sight, as the object bound to its name in the interpreter's
 * builtins; a builtin function object never changes behaviour, so identity is enough after
 * that. Any other argument count (or keywords, which never reach this path) takes the generic
 * call, which raises CPython's errors. Sites are immutable and live in the code's shared cache
 * array at the CALL's operand offset.
 */
final class BuiltinCallSite {
    private static final int LEN = 1;
    private static final int ISINSTANCE = 2;
    /** Placed at sites whose callee is something else, so they stop trying to classify it. */
    private static final BuiltinCallSite GENERIC = new BuiltinCallSite(null, 0);

    private final PyObject callee;
    private final int kind;

    private BuiltinCallSite(PyObject callee, int kind) {
        this.callee = callee;
        this.kind = kind;
    }

    /** CALL of {@code fn} (not a PyFunction) with the {@code n} positional arguments {@code s[off .. off+n)}. */
    static PyObject call(ThreadState ts, Object[] caches, int site, PyObject fn, PyObject[] s, int off, int n) {
        Object c = caches[site];
        if (c instanceof BuiltinCallSite b) {
            if (b.callee == fn) {
                if (b.kind == LEN && n == 1) return PyInt.of(Ops.len(ts, s[off]));
                if (b.kind == ISINSTANCE && n == 2) return PyBool.of(Ops.isInstance(ts, s[off], s[off + 1]));
            }
        } else if (c == null) {
            caches[site] = classify(ts, fn);
        }
        return Instructions.call(ts, fn, s, off, n, null);
    }

    private static BuiltinCallSite classify(ThreadState ts, PyObject fn) {
        if (!(fn instanceof PyBuiltinFunction bf) || bf.self() != null || bf.owner() != null) return GENERIC;
        int kind = switch (bf.name()) {
            case "len" -> LEN;
            case "isinstance" -> ISINSTANCE;
            default -> 0;
        };
        if (kind == 0 || ts.interp().builtins().getStr(bf.name()) != fn) return GENERIC;
        return new BuiltinCallSite(fn, kind);
    }
}
