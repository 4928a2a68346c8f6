package org.gilkit.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.gilkit.compiler.Code;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The entry point of the interpreter: {@code gilkit run script.py} ends up in
 * {@link #runFile}. It creates the interpreter's {@link Gil} with the chosen policy, the
 * {@link InterpreterState}, installs the VM's hooks (the {@link Importer}, the
 * {@link ClassBodyRunner}) and the {@code sys} module, and runs the script as module
 * {@code __main__} on a thread with a large stack while holding the GIL. It returns CPython's
 * exit status: 0, 1 for an uncaught exception (after printing its traceback) or a syntax error
 * (printed as CPython does), the {@code SystemExit} code, 130 for KeyboardInterrupt.
 *
 * <p>Why a new thread: Python recursion is Java recursion here (a few Java frames per Python
 * call), and the main thread's default stack would overflow before the recursion limit is
 * reached. The thread reserves {@link #STACK_BYTES} so that the RecursionError at the limit, not
 * the JVM, decides; a StackOverflowError that still happens (a huge limit set by
 * sys.setrecursionlimit) becomes RecursionError in {@link Eval}.
 */
public final class Interpreter {
    /** Stack reserved for threads that run Python code (address space, not committed memory). */
    public static final long STACK_BYTES = 1L << 30;

    private Interpreter() {}

    /** How to run: the GIL policy and switch interval, and the standard streams. */
    public record Options(GilPolicy policy, long switchIntervalNanos, InputStream in, OutputStream out, OutputStream err) {
        /** The process's standard streams. */
        public static Options standard(GilPolicy policy, long switchIntervalNanos) {
            return new Options(policy, switchIntervalNanos, System.in,
                    new java.io.FileOutputStream(java.io.FileDescriptor.out),
                    new java.io.FileOutputStream(java.io.FileDescriptor.err));
        }
    }

    /**
     * Callbacks around one run, for tools that watch the interpreter from outside: {@code gilkit
     * trace script.py} starts a trace session on the lock in {@link #started}, {@code gilkit run
     * --stats} reads the lock's counters in {@link #finished}. Both are called on the thread that
     * called {@link #runFile}, which never holds the GIL.
     */
    public interface RunObserver {
        /** Observes nothing. */
        RunObserver NONE = new RunObserver() {};

        /** The interpreter and its lock exist; no thread is attached and no Python code ran yet. */
        default void started(InterpreterState interp) {}

        /**
         * The main thread finished (the script, or its compile error, and threading._shutdown) with
         * exit {@code status}; its thread state is closed, daemon threads may still run, and the
         * lock is not closed yet.
         */
        default void finished(InterpreterState interp, int status) {}
    }

    /**
     * Runs a script file; {@code argv} becomes sys.argv (argv[0] is the script as given).
     * @return the process exit status
     */
    public static int runFile(Path script, List<String> argv, Options o) throws IOException {
        return runFile(script, argv, o, RunObserver.NONE);
    }

    /** {@link #runFile(Path, List, Options)} with {@code observer} called around the run. */
    public static int runFile(Path script, List<String> argv, Options o, RunObserver observer) throws IOException {
        byte[] data = org.gilkit.parser.SourceFiles.read(script);
        // As CPython 3.9+: __main__.__file__, tracebacks and syntax errors name the script by its
        // absolute path: the working directory joined to it verbatim ("./a.py" gives "/cwd/./a.py", no
        // normalization), as CPython's _Py_abspath does; sys.argv[0] stays as given.
        // sys.path[0] is the script's real folder (symlinks resolved), as CPython sets it.
        Path abs = script.toAbsolutePath();
        Path dir = script.toRealPath().getParent();
        return run(new Script(abs.toString(), data, null), dir == null ? "." : dir.toString(), argv, o, observer);
    }

    /** Runs {@code source} as {@code __main__}; {@code scriptDir} is sys.path[0]. */
    public static int runSource(String source, String filename, String scriptDir, List<String> argv, Options o) {
        return run(new Script(filename, null, source), scriptDir, argv, o, RunObserver.NONE);
    }

    /** Runs the bytes of a source file as {@code __main__}, decoded as a script file is (coding cookie, bad bytes). */
    public static int runSource(byte[] data, String filename, String scriptDir, List<String> argv, Options o) {
        return run(new Script(filename, data, null), scriptDir, argv, o, RunObserver.NONE);
    }

    /** A program: its file name and either its bytes (decoded by the parser) or its text. */
    private record Script(String filename, byte[] data, String text) {
        Code compile(ThreadState ts, Importer importer) {
            return data != null ? importer.compile(ts, data, filename) : importer.compile(ts, text, filename);
        }
    }

    private static int run(Script script, String scriptDir, List<String> argv, Options o, RunObserver observer) {
        InterpreterState interp = newInterpreter(o, scriptDir, argv);
        observer.started(interp);
        org.gilkit.modules.Signals.installSigint(interp);
        Gil gil = interp.gil();
        Importer importer = Importer.of(interp);
        int[] rc = {0};
        Thread main = new Thread(null, () -> rc[0] = mainThread(interp, importer, script), "MainThread",
                STACK_BYTES);
        main.start();
        joinUninterruptibly(main);
        try {
            observer.finished(interp, rc[0]);
        } finally {
            closeQuietly(gil);
        }
        return rc[0];
    }

    /**
     * A new interpreter with its own GIL, the VM's hooks and the sys module installed; no thread is
     * attached yet. Used by {@link #runFile} and {@link Session}.
     */
    static InterpreterState newInterpreter(Options o, String scriptDir, List<String> argv) {
        Gil gil = Gil.create(o.policy(), o.switchIntervalNanos());
        InterpreterState interp = InterpreterState.create(gil, o.in(), o.out(), o.err());
        Importer importer = new Importer(interp);
        org.gilkit.modules.Modules.registerAll(importer::registerBuiltin);
        interp.setModuleLoader(importer);
        interp.setClassBodyRunner(new ClassBodyRunner());
        interp.setCodeRunner(new DynamicCode());
        SysModule.install(interp, scriptDir, argv);
        org.gilkit.modules.Modules.installSys(interp);
        return interp;
    }

    private static int mainThread(InterpreterState interp, Importer importer, Script script) {
        ThreadState ts = interp.attachCurrentThread("MainThread");
        GilThread g = ts.gil();
        if (g != null) g.acquire();
        int rc;
        try {
            rc = runMain(ts, importer, script);
            UnawaitedCoroutines.report(ts);
            rc = shutdownThreads(ts, rc);
        } finally {
            interp.flushStandardStreams();
            if (g != null && g.holds()) g.release();
            interp.awaitExitingThreads(EXITING_WAIT_NANOS);
            ts.close();
        }
        return rc;
    }

    private static int runMain(ThreadState ts, Importer importer, Script script) {
        PyModule main = new PyModule("__main__");
        PyDict g = main.dict();
        g.putStr("__file__", new PyStr(script.filename()));
        g.putStr("__builtins__", ts.interp().builtins());
        g.putStr("__package__", PyNone.NONE);
        ts.interp().sysModules().put(new PyStr("__main__"), main);
        try {
            Code code = script.compile(ts, importer);
            g.putStr("__doc__", code.doc == null ? PyNone.NONE : new PyStr(code.doc));
            importer.runModule(ts, code, g);
            return 0;
        } catch (PyException e) {
            return uncaught(ts, e.value());
        }
    }

    /** How long the end of a run waits for joined threads to leave the lock (normally microseconds). */
    private static final long EXITING_WAIT_NANOS = 5_000_000_000L;

    /** Waits for non-daemon threads (threading._shutdown, when threading was imported). */
    private static int shutdownThreads(ThreadState ts, int rc) {
        PyObject threading = ts.interp().sysModules().getStr("threading");
        if (threading == null) return rc;
        try {
            PyObject f = Ops.getattrOrNull(ts, threading, "_shutdown");
            if (f != null) f.call(ts, new PyObject[0], null);
        } catch (PyException e) {
            return uncaught(ts, e.value());
        }
        return rc;
    }

    /** Prints an uncaught exception as CPython does; returns the exit status. */
    static int uncaught(ThreadState ts, PyBaseException exc) {
        if (exc.isInstance(PyExc.SystemExit)) return exitCode(ts, exc);
        writeStderr(ts, TracebackPrinter.format(ts, exc));
        return exc.isInstance(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** SystemExit's code: None is 0, an int is itself (mod 256 as the OS sees it), else printed and 1. */
    private static int exitCode(ThreadState ts, PyBaseException exc) {
        PyObject code = exc.member("code");
        if (code == null || code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return i.isBig() ? 255 : (int) (i.longValue() & 0xFF);
        writeStderr(ts, Ops.str(ts, code) + "\n");
        return 1;
    }

    /** Writes to sys.stderr (as the program left it), falling back to the original stream. */
    static void writeStderr(ThreadState ts, String text) {
        try {
            PyObject err = ts.interp().sysStderr();
            if (err != PyNone.NONE) {
                Ops.callMethod(ts, err, "write", new PyStr(text));
                Ops.callMethod(ts, err, "flush");
                return;
            }
        } catch (PyException e) {
            // fall through to the original stream
        }
        ts.interp().stderr().writeText(ts, text);
        ts.interp().stderr().flush(ts);
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Daemon threads may still be attached at exit; the lock then stays open (the process exits). */
    static void closeQuietly(Gil gil) {
        try {
            gil.close();
        } catch (IllegalStateException e) {
            // threads still attached (daemon threads): leave the lock to the process exit
        }
    }
}
