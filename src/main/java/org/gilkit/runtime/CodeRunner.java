package org.gilkit.runtime;

/**
 * The VM hook behind the {@code compile()}, {@code exec()} and {@code eval()} builtins: compiling
 * source text into a code object and running a code object in given namespaces. The VM installs
 * it with {@link InterpreterState#setCodeRunner}; the runtime itself never parses or compiles.
 */
public interface CodeRunner {
    /**
     * {@code compile(source, filename, mode)}: the code object for {@code source}, compiled as
     * {@code mode} ("exec", "eval" or "single", already validated).
     *
     * @throws PyException SyntaxError located in {@code filename}
     */
    PyObject compile(ThreadState ts, String source, String filename, String mode);

    /** Whether {@code o} is a code object (what {@link #compile} returns, or {@code f.__code__}). */
    boolean isCode(PyObject o);

    /**
     * Runs {@code code} with {@code globals} as its globals and {@code locals} as its name space
     * (the same dict for module-level exec). Returns the value of eval-mode code, None for the
     * other modes.
     *
     * @throws PyException TypeError for code with free variables, or whatever the code raises
     */
    PyObject run(ThreadState ts, PyObject code, PyDict globals, PyDict locals);
}
