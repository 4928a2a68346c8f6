package org.gilkit.vm;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.List;
import org.gilkit.compiler.Code;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * An interpreter embedded in the calling Java thread, for benchmarks and tests: {@link #open}
 * creates an interpreter with its own GIL, attaches the calling (platform) thread and takes the
 * lock; {@link #exec} runs source code in a {@code __main__} namespace; {@link #call} calls a
 * function defined there. Not thread-safe: one Java thread uses a session, and
 * {@link #close} must be called on that thread.
 *
 * <p>Unlike {@link Interpreter#runFile} the code runs on the caller's stack, so deep Python
 * recursion is bounded by the caller's thread stack size.
 */
public final class Session implements AutoCloseable {
    private final InterpreterState interp;
    private final ThreadState ts;
    private final PyDict globals;

    private Session(InterpreterState interp) {
        this.interp = interp;
        this.ts = interp.attachCurrentThread("session");
        GilThread g = ts.gil();
        if (g != null) g.acquire();
        PyModule main = new PyModule("__main__");
        this.globals = main.dict();
        globals.putStr("__builtins__", interp.builtins());
        interp.sysModules().put(new PyStr("__main__"), main);
    }

    /** Opens a session whose print() writes to {@code out} and errors to {@code err}. */
    public static Session open(GilPolicy policy, OutputStream out, OutputStream err) {
        Interpreter.Options o = new Interpreter.Options(policy, Gil.DEFAULT_SWITCH_INTERVAL_NANOS,
                new ByteArrayInputStream(new byte[0]), out, err);
        return new Session(Interpreter.newInterpreter(o, ".", List.of("")));
    }

    /** Compiles and runs {@code source} in this session's namespace. @throws PyException if it raises */
    public void exec(String source, String filename) {
        Importer importer = Importer.of(interp);
        Code code = importer.compile(ts, source, filename);
        importer.runModule(ts, code, globals);
    }

    /** Calls the global {@code name} with positional arguments. @throws PyException if it raises */
    public PyObject call(String name, PyObject... args) {
        PyObject f = globals.getStr(name);
        if (f == null) throw new IllegalArgumentException("no global named '" + name + "'");
        return f.call(ts, args, null);
    }

    /** The value of global {@code name}, or null. */
    public PyObject global(String name) {
        return globals.getStr(name);
    }

    public ThreadState threadState() {
        return ts;
    }

    /** The CPython-format traceback text of an exception raised by {@link #exec} or {@link #call}. */
    public String traceback(PyException e) {
        return TracebackPrinter.format(ts, e.value());
    }

    @Override
    public void close() {
        interp.flushStandardStreams();
        GilThread g = ts.gil();
        if (g != null && g.holds()) g.release();
        ts.close();
        Interpreter.closeQuietly(interp.gil());
    }
}
