package org.gilkit.runtime;

/**
 * The VM hook for {@code __build_class__}: runs a class body function with a fresh namespace
 * and returns the namespace (and the {@code __class__} cell, which the VM fills after the
 * class is created). Installed with {@link InterpreterState#setClassBodyRunner}.
 */
@FunctionalInterface
public interface ClassBuilder {
    /**
     * Executes {@code body} (the class body function the compiler produced) with
     * {@code namespace} as its locals. Returns the {@code __class__} cell object if the body
     * created one (for zero-argument super()), else null.
     */
    ClassCell runBody(ThreadState ts, PyObject body, PyDict namespace);

    /** The cell that zero-argument super() reads; {@link #runBody} returns it, the runtime fills it. */
    interface ClassCell {
        void set(PyObject cls);
    }
}
