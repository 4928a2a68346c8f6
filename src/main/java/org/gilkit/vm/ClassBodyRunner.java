package org.gilkit.vm;

import org.gilkit.runtime.ClassBuilder;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Runs a class body for the runtime's {@code __build_class__} (installed with
 * {@code InterpreterState.setClassBodyRunner}): the body function the compiler made from the
 * class statement executes with the fresh namespace as its locals (LOAD_NAME/STORE_NAME), and
 * returns the {@code __class__} {@link Cell} when a method uses {@code super()} or
 * {@code __class__}, which the runtime fills with the new class.
 */
final class ClassBodyRunner implements ClassBuilder {
    @Override
    public ClassCell runBody(ThreadState ts, PyObject body, PyDict namespace) {
        PyFunction fn = (PyFunction) body;
        Frame f = new Frame(fn.code(), fn.globals, fn.builtins);
        f.locals = namespace;
        int base = fn.code.varnames.length;
        int ncell = fn.code.cellvars.length;
        for (int i = 0; i < ncell; i++) f.slots[base + i] = new Cell();
        if (fn.closure != null) System.arraycopy(fn.closure, 0, f.slots, base + ncell, fn.closure.length);
        PyObject r = Eval.run(ts, f);
        return r instanceof Cell c ? c : null;
    }
}
