package org.gilkit.vm;

import org.gilkit.compiler.Code;
import org.gilkit.runtime.FrameInfo;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;

/**
 * One activation of a {@link Code}: fast locals, cells and the operand stack in one slot array
 * (layout in {@link Code}), the globals and builtins it resolves names in, and for class bodies
 * the namespace that LOAD_NAME/STORE_NAME use. The VM links frames through {@link #back} while
 * they run, keeps {@link #lasti} current at calls (so {@link #line()} is right for tracebacks
 * and other threads' questions), and for a suspended generator saves {@link #pc} and {@link #sp}.
 *
 * <p>Implements the runtime's {@link FrameInfo}, which is how tracebacks, {@code sys._getframe}
 * and {@code locals()} see it.
 */
public final class Frame implements FrameInfo {
    final Code code;
    final PyObject[] slots;
    final PyDict globals;
    final PyDict builtins;
    /** The namespace of a class body or module (NAME ops), else null. */
    PyDict locals;
    /**
     * A function frame's locals() dict, made on the first locals() call and refreshed from the
     * fast locals on each one (CPython 3.11's f_locals): names that exec() adds to it stay
     * visible to later locals() calls.
     */
    private PyDict localsSnapshot;
    final PyObject[] consts;
    final PyStr[] names;
    /** The code's inline caches (attribute sites), shared by all frames of the code. */
    final Object[] caches;
    /**
     * Values of the fast locals whose slot holds {@link IntLocals#UNBOXED} (made on first use by
     * {@link IntLocals#ints}); other entries are stale.
     */
    long[] ints;
    /** Offset of the first operand-stack slot. */
    final int stackBase;
    FrameInfo back;
    /** Resume offset and stack pointer of a suspended generator frame. */
    int pc;
    int sp;
    /** Start of the instruction executing (or last executed); kept current at calls and errors. */
    int lasti;
    /**
     * Set by RAISE_VARARGS 0 and RERAISE just before they throw: the exception already has this
     * frame's traceback entry, so {@link Eval#execute} must not add another. Cleared there.
     */
    boolean reraising;

    Frame(Code code, PyDict globals, PyDict builtins) {
        this(code, globals, builtins, Constants.of(code), Constants.names(code));
    }

    /** A frame with the runtime constants and names already at hand (a function's call path). */
    Frame(Code code, PyDict globals, PyDict builtins, PyObject[] consts, PyStr[] names) {
        this(code, globals, builtins, consts, names, Constants.caches(code));
    }

    /** A frame with all per-code arrays at hand: a function's call path (see {@link PyFunction}). */
    Frame(Code code, PyDict globals, PyDict builtins, PyObject[] consts, PyStr[] names, Object[] caches) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.slots = new PyObject[code.frameSize()];
        this.consts = consts;
        this.names = names;
        this.caches = caches;
        this.stackBase = code.varnames.length + code.cellCount();
        this.sp = stackBase;
    }

    public Code code() {
        return code;
    }

    @Override
    public String codeName() {
        return code.name;
    }

    @Override
    public String filename() {
        return code.filename;
    }

    @Override
    public int line() {
        return code.lineAt(lasti);
    }

    @Override
    public FrameInfo back() {
        return back;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyObject locals() {
        if (locals != null) return locals;
        if (localsSnapshot == null) localsSnapshot = new PyDict();
        PyDict d = localsSnapshot;
        String[] vn = code.varnames;
        for (int i = 0; i < vn.length; i++) sync(d, vn[i], IntLocals.value(this, i));
        int n = vn.length;
        for (int i = 0; i < code.cellCount(); i++) {
            PyObject c = slots[n + i];
            sync(d, code.cellName(i), c instanceof Cell cell ? cell.value : null);
        }
        return d;
    }

    /** Sets {@code d[name]} to a bound local, or removes the name when the local is unbound. */
    private static void sync(PyDict d, String name, PyObject value) {
        PyStr key = new PyStr(name);
        if (value != null) {
            d.put(key, value);
        } else if (d.getItem(key) != null) {
            d.remove(key);
        }
    }

    @Override
    public String toString() {
        return "<frame of " + code.qualname + " at line " + line() + ">";
    }
}
