package org.gilkit.vm;

import org.gilkit.compiler.Code;
import org.gilkit.runtime.MethodDescriptor;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyMethod;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * A Python function: a {@link Code} plus what MAKE_FUNCTION captured (globals, defaults,
 * keyword-only defaults, closure cells) and its attributes ({@code __name__}, {@code __doc__},
 * a {@code __dict__} for arbitrary ones). Calling it binds the arguments into a new
 * {@link Frame} ({@link ArgBinder}) and runs the frame ({@link Eval#run}), or, for a generator
 * function, wraps the frame in a {@link PyGenerator} (or a {@link PyCoroutine} / {@link PyAsyncGenerator}
 * for {@code async def}).
 *
 * <p>As a {@link MethodDescriptor} it binds to a {@link PyMethod} when read through an instance, which
 * is how methods work. Its type's attributes are defined in {@link FunctionType}.
 */
public final class PyFunction extends PyObject implements MethodDescriptor {
    public static final PyType TYPE = FunctionType.create();

    final Code code;
    /** The code's runtime constants and names, resolved once so each call only allocates its frame. */
    private final PyObject[] consts;
    private final PyStr[] names;
    /** The code's inline caches (shared by all its frames), fetched once instead of per call. */
    private final Object[] caches;
    final PyDict globals;
    final PyDict builtins;
    String name;
    String qualname;
    PyObject[] defaults;
    PyDict kwdefaults;
    final Cell[] closure;
    PyObject doc;
    PyObject module;
    /** {@code __annotations__}: made by MAKE_FUNCTION when the def has annotations, else on first read. */
    PyDict annotations;
    private PyDict dict;
    /** Positional-only fast path: exact positional arity, no defaults needed, no cells to fill. */
    private final boolean simple;

    PyFunction(Code code, PyDict globals, PyDict builtins, PyObject[] defaults, PyDict kwdefaults, Cell[] closure) {
        this.code = code;
        this.consts = Constants.of(code);
        this.names = Constants.names(code);
        this.caches = Constants.caches(code);
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.doc = code.doc == null ? PyNone.NONE : new PyStr(code.doc);
        PyObject m = globals.getItem(new PyStr("__name__"));
        this.module = m == null ? PyNone.NONE : m;
        this.simple = code.kwonlyargcount == 0 && !code.hasFlag(Code.VARARGS) && !code.hasFlag(Code.VARKEYWORDS)
                && code.cellCount() == 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Code code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType owner) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Override
    public PyObject callBound(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames) {
        return invokeWithSelf(ts, self, args, 0, args.length, kwnames);
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        return invoke(ts, args, 0, args.length, kwnames);
    }

    /** Calls with the arguments in {@code args[off .. off+n)} (the caller's stack, for the VM). */
    PyObject invoke(ThreadState ts, PyObject[] args, int off, int n, String[] kwnames) {
        Frame f = newFrame(args, off, n, kwnames);
        if (code.isGenerator()) return PyGenerator.create(ts, f, this);
        return Eval.run(ts, f);
    }

    /** Calls with {@code self} prepended to {@code args[off .. off+n)} (LOAD_METHOD / CALL_METHOD). */
    PyObject invokeWithSelf(ThreadState ts, PyObject self, PyObject[] args, int off, int n, String[] kwnames) {
        if (simple && n + 1 == code.argcount && (kwnames == null || kwnames.length == 0)) {
            Frame f = new Frame(code, globals, builtins, consts, names, caches);
            PyObject[] slots = f.slots;
            slots[0] = self;
            for (int i = 0; i < n; i++) slots[i + 1] = args[off + i];
            if (code.isGenerator()) return PyGenerator.create(ts, f, this);
            return Eval.run(ts, f);
        }
        PyObject[] all = new PyObject[n + 1];
        all[0] = self;
        System.arraycopy(args, off, all, 1, n);
        return invoke(ts, all, 0, n + 1, kwnames);
    }

    private Frame newFrame(PyObject[] args, int off, int n, String[] kwnames) {
        Frame f = new Frame(code, globals, builtins, consts, names, caches);
        if (simple && n == code.argcount && (kwnames == null || kwnames.length == 0)) {
            // A plain loop, not System.arraycopy: for the few arguments of a call the arraycopy
            // stub and its G1 card-marking runtime call cost more than the copy (seen in perf).
            PyObject[] slots = f.slots;
            for (int i = 0; i < n; i++) slots[i] = args[off + i];
            return f;
        }
        ArgBinder.bind(this, f.slots, args, off, n, kwnames == null || kwnames.length == 0 ? null : kwnames);
        initCells(f);
        return f;
    }

    private void initCells(Frame f) {
        int base = code.varnames.length;
        int ncell = code.cellvars.length;
        for (int i = 0; i < ncell; i++) f.slots[base + i] = new Cell();
        if (closure != null) System.arraycopy(closure, 0, f.slots, base + ncell, closure.length);
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
