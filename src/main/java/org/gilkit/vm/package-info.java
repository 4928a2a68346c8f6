/**
 * The virtual machine: executes {@link org.gilkit.compiler.Code} on
 * {@link org.gilkit.runtime.ThreadState}s holding the GIL.
 *
 * <ul>
 *   <li>{@link org.gilkit.vm.Interpreter} - the entry point: creates the interpreter and its GIL,
 *       runs a script as {@code __main__}, returns CPython's exit status.</li>
 *   <li>{@code Eval} - the dispatch loop (GIL check points at backward jumps and function entry);
 *       {@code Instructions} - the out-of-line parts of instructions.</li>
 *   <li>{@link org.gilkit.vm.Frame}, {@link org.gilkit.vm.Cell}, {@link org.gilkit.vm.PyFunction}
 *       ({@code ArgBinder}, {@code FunctionType}), {@link org.gilkit.vm.PyGenerator},
 *       {@link org.gilkit.vm.PyCode}.</li>
 *   <li>{@link org.gilkit.vm.Importer} - imports (sys.modules, built-in modules, modules shipped in
 *       the jar, .py files and packages on sys.path); {@code SysModule} - the sys module;
 *       {@code ClassBodyRunner} - class bodies for {@code __build_class__}.</li>
 *   <li>{@link org.gilkit.vm.PyTraceback}, {@code Tracebacks}, {@link org.gilkit.vm.TracebackPrinter},
 *       {@code SourceLines}, {@code SyntaxErrors} - CPython-format tracebacks and exception chains.</li>
 * </ul>
 *
 * <p>Threads and the GIL: every thread running bytecode holds the interpreter's GIL; the loop
 * offers it at check points and blocking builtins release it through
 * {@code ThreadState.blocking}. Under {@code --gil=off} nothing is locked: Python-level races may
 * lose updates (the lesson), Java collections inside Python objects may throw
 * ConcurrentModificationException, which the loop turns into RuntimeError; the VM's own state
 * (frames, the value stack, cells read and written as single references) is per thread or
 * race-tolerant, so the JVM never crashes. What is not safe under off: compound updates such as
 * {@code x += 1} on shared objects, list/dict mutation from several threads (may raise
 * RuntimeError or lose items), and imports of the same module from two threads at once.
 *
 * <p>May call: {@code org.gilkit.compiler}, {@code org.gilkit.parser}, {@code org.gilkit.runtime},
 * {@code org.gilkit.gil}. Called by {@code org.gilkit.cli}.
 */
package org.gilkit.vm;
