package org.gilkit.modules;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * The one list of built-in Java modules (STYLE rule 7); ModulesTest fails if a
 * {@code *Module} class of this package is not in it. The VM's interpreter setup calls
 * {@link #registerAll} with its importer's {@code registerBuiltin}.
 */
public final class Modules {
    private Modules() {}

    /** Every Java module. */
    public static final List<ModuleDef> ALL = List.of(
            new HashlibModule(), new ZlibModule(), new GilkitModule(), new GilkitKernelsModule());

    /** Registers every module of {@link #ALL} under its name. */
    public static void registerAll(BiConsumer<String, Function<ThreadState, PyObject>> register) {
        for (ModuleDef m : ALL) register.accept(m.name(), m::create);
    }
}
