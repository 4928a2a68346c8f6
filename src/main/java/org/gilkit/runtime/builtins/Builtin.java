package org.gilkit.runtime.builtins;

import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * One builtin function: its script-visible name (declared once, here) and its body. Each
 * implementation is a class named {@code <Name>Builtin} in this package and appears exactly once
 * in {@link Builtins#ALL} (a test checks that).
 */
public interface Builtin {
    /** The name in the builtins namespace. */
    String name();

    /** The call, vectorcall style (see {@link PyObject#call}). */
    PyObject call(ThreadState ts, PyObject[] args, String[] kwnames);
}
