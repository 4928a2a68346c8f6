package org.gilkit.runtime;

/**
 * The import hook the VM installs on {@link InterpreterState#setModuleLoader}: the runtime's
 * {@code __import__} builtin calls it. The runtime itself never imports modules.
 */
@FunctionalInterface
public interface ModuleLoader {
    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: returns the module CPython's
     * __import__ would return (the top package for {@code import a.b}, the module itself when
     * fromlist is not empty).
     */
    PyObject importModule(ThreadState ts, String name, PyObject globals, PyObject fromlist, int level);
}
