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
            new ThreadModule(), new TimeModule(), new CollectionsModule(), new MathModule(), new OsModule(),
            new RandomModule(), new TracebackModule(), new SignalModule(), new RegexModule(),
            new HashlibModule(), new ZlibModule(), new GilkitModule(), new GilkitKernelsModule(),
            new org.gilkit.modules.numpy.NumpyModule(),
            new MultiprocessingModule(), new DisModule());

    /**
     * Adds the stdlib's parts of {@code sys} to the VM's sys namespace ({@code implementation},
     * {@code _getframe}, and the explanation of the missing {@code getrefcount});
     * called once per interpreter after the VM installed sys.
     */
    public static void installSys(org.gilkit.runtime.InterpreterState interp) {
        org.gilkit.runtime.PyDict d = interp.sysDict();
        d.putStr("implementation", new SimpleNamespace()
                .set("name", new org.gilkit.runtime.PyStr("gilkit"))
                .set("cache_tag", null)
                .set("version", d.getStr("version_info")));
        d.putStr("_getframe", new org.gilkit.runtime.PyBuiltinFunction("_getframe", (t, s, a, k) -> FrameObject.getframe(t, a, k)));
        if (interp.sysModules().getItem(new org.gilkit.runtime.PyStr("sys")) instanceof org.gilkit.runtime.PyModule sys) {
            sys.hintMissing("getrefcount", GETREFCOUNT_HINT); // the Real Python GIL article's first example
        }
    }

    /** Why {@code sys.getrefcount} is missing, and where the lesson it belongs to is shown. */
    static final String GETREFCOUNT_HINT = "gilkit objects live on the JVM's garbage-collected heap and have no reference "
            + "count; `gilkit tour --show refcount` shows why CPython's need a lock";

    /** Registers every module of {@link #ALL} under its name. */
    public static void registerAll(BiConsumer<String, Function<ThreadState, PyObject>> register) {
        for (ModuleDef m : ALL) register.accept(m.name(), m::create);
    }
}
