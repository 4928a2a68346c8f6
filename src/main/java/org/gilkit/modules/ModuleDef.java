package org.gilkit.modules;

import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.ThreadState;

/**
 * One built-in (Java) module: its import name and how to create it. {@link #create} runs once per
 * interpreter, on the first import, with the importing thread's state; the result then lives in
 * sys.modules. Implementations are listed in {@link Modules#ALL}.
 */
public interface ModuleDef {
    /** The import name ("time", "_thread"). */
    String name();

    /** A new module object for the interpreter of {@code ts}. */
    PyModule create(ThreadState ts);
}
