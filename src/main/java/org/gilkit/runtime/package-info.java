/**
 * The Python object model and the interpreter's per-process and per-thread state.
 *
 * <h2>Contract for the VM and the modules</h2>
 * <ul>
 *   <li>Every Python value is a {@link org.gilkit.runtime.PyObject}; {@code type()} gives its
 *       {@link org.gilkit.runtime.PyType}. Java {@code equals}/{@code hashCode} follow Python
 *       {@code ==}/{@code hash()}.</li>
 *   <li>Calls are vectorcall-like: {@link org.gilkit.runtime.PyObject#call}{@code (ts, args,
 *       kwnames)} where the last {@code kwnames.length} entries of {@code args} are keyword values
 *       ({@code kwnames} may be null). Built-ins parse with {@link org.gilkit.runtime.ArgParser}.</li>
 *   <li>All protocols go through {@link org.gilkit.runtime.Ops} (attributes, operators,
 *       comparisons, truth, containers, iteration, repr/str/hash/format, isinstance). {@link
 *       org.gilkit.runtime.Ops#next} returns null at exhaustion; {@link
 *       org.gilkit.runtime.Ops#callMethod} avoids allocating bound methods.</li>
 *   <li>Errors are {@link org.gilkit.runtime.PyException} (an unchecked Java exception carrying a
 *       {@link org.gilkit.runtime.PyBaseException}), built by {@link org.gilkit.runtime.Errors}
 *       with CPython 3.11's messages. {@link org.gilkit.runtime.Errors#fromJava} turns a stray Java
 *       exception (a race under {@code --gil=off}, a StackOverflowError) into a Python one; the VM
 *       calls it at its instruction boundary.</li>
 *   <li>What the VM implements on top: its function object implements {@link
 *       org.gilkit.runtime.MethodDescriptor} (so it binds to {@link org.gilkit.runtime.PyMethod}
 *       and is called unbound by {@code Ops.callMethod}); its generator should extend {@link
 *       org.gilkit.runtime.PyIter} (then for-loops over it cost no StopIteration); its frames
 *       implement {@link org.gilkit.runtime.FrameInfo}; it installs a {@link
 *       org.gilkit.runtime.ModuleLoader} (for {@code __import__}) and a {@link
 *       org.gilkit.runtime.ClassBuilder} (for {@code __build_class__}) on the {@link
 *       org.gilkit.runtime.InterpreterState}. Module objects are {@link
 *       org.gilkit.runtime.PyModule}. Zero-argument {@code super()} is
 *       {@code PySuper(__class__ cell value, first argument)}.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * {@link org.gilkit.runtime.InterpreterState} holds the interpreter's GIL, builtins, sys.modules
 * and standard streams; {@link org.gilkit.runtime.ThreadState} (one per OS thread, {@code
 * current()} thread-local) holds the GIL hold, the current frame, recursion depth and the handled
 * exception, and runs blocking calls with the lock released ({@code ts.blocking(...)}).
 *
 * <h2>What is safe under {@code --gil=off}</h2>
 * Built-in types are immutable after class initialisation and shared read-only. Python objects
 * are not synchronised: concurrent mutation of one list, dict or set may lose updates or raise
 * (an ArrayIndexOutOfBounds or ConcurrentModification becomes a Python RuntimeError through
 * {@link org.gilkit.runtime.Errors#fromJava}); it never hangs (every probe loop is bounded) and
 * never corrupts the JVM. Concurrent mutation of a class (assigning class attributes from two
 * threads) is unsupported.
 *
 * <h2>Layout</h2>
 * One class per built-in type ({@code PyInt}, {@code PyStr}, ...), its Python-visible methods in
 * a {@code *Methods} class, user subclasses of built-ins in {@code *Sub} classes, user objects in
 * {@link org.gilkit.runtime.PyInstance}. Builtin functions live in {@code
 * org.gilkit.runtime.builtins}; text formatting in {@code org.gilkit.runtime.format}. This package
 * calls only {@code org.gilkit.gil}, the format package and the JDK.
 */
package org.gilkit.runtime;
