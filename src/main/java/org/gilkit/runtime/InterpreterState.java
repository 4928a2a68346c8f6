package org.gilkit.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.observe.TraceSession;

/**
 * One interpreter instance (CPython's {@code PyInterpreterState}): its GIL, the builtins
 * namespace, sys.modules, the sys namespace's standard streams, the live thread states, the
 * recursion limit and the hooks the VM installs (module loader, class body runner). There is no
 * process-wide interpreter: everything reaches it through a {@link ThreadState}.
 *
 * <p>Wired in: the CLI creates one per run (with the {@code --gil} lock), attaches the main
 * thread with {@link #attachCurrentThread}, the VM installs {@link #setModuleLoader},
 * {@link #setClassBodyRunner} and {@link #setCodeRunner}, and
 * {@link org.gilkit.runtime.builtins.Builtins#installAll} fills {@link #builtins()}.
 */
public final class InterpreterState {
    private final Gil gil;
    private final PyDict builtins = new PyDict();
    private final PyDict sysModules = new PyDict();
    /** The sys module's namespace: stdout/stderr/stdin live here so that reassigning sys.stdout works. */
    private final PyDict sysDict = new PyDict();
    private final List<ThreadState> threads = new ArrayList<>(); // guarded by this
    private int exitingThreads; // ended their Python code, not yet closed; guarded by this
    private final ObjectIds ids = new ObjectIds();
    private volatile int recursionLimit = 1000;
    private volatile ModuleLoader moduleLoader;
    private volatile ClassBuilder classBodyRunner;
    private volatile CodeRunner codeRunner;
    private final PyTextIO stdout;
    private final PyTextIO stderr;
    private final PyTextIO stdin;
    private PyList argv = new PyList();
    /** Set by the SIGINT handler; the VM checks it at check points. */
    public volatile boolean interruptPending;
    /** Runs Python signal handlers when {@link #interruptPending} is found set; null: KeyboardInterrupt. */
    public volatile SignalDelivery signalDelivery;
    /** The session recording this interpreter's lock ({@code gilkit trace}), or null. */
    private volatile TraceSession traceSession;

    private InterpreterState(Gil gil, InputStream in, OutputStream out, OutputStream err) {
        this.gil = gil;
        this.stdout = PyTextIO.forOutput("<stdout>", out, false);
        this.stderr = PyTextIO.forOutput("<stderr>", err, true);
        this.stdin = PyTextIO.forInput("<stdin>", in);
        sysDict.put(new PyStr("stdout"), stdout);
        sysDict.put(new PyStr("stderr"), stderr);
        sysDict.put(new PyStr("stdin"), stdin);
        sysDict.put(new PyStr("__stdout__"), stdout);
        sysDict.put(new PyStr("__stderr__"), stderr);
        sysDict.put(new PyStr("__stdin__"), stdin);
        org.gilkit.runtime.builtins.Builtins.installAll(this);
    }

    /**
     * Creates an interpreter on the process's standard streams.
     * @param gil its lock, or null to run without one (unit tests)
     */
    public static InterpreterState create(Gil gil) {
        return new InterpreterState(gil, System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out),
                new java.io.FileOutputStream(java.io.FileDescriptor.err));
    }

    /** Creates an interpreter writing to the given streams (tests, embedding). */
    public static InterpreterState create(Gil gil, InputStream in, OutputStream out, OutputStream err) {
        return new InterpreterState(gil, in, out, err);
    }

    /**
     * Attaches the calling platform thread: a new ThreadState (attached to the GIL if there is
     * one; the lock is not taken yet) that becomes {@link ThreadState#current()}.
     */
    public ThreadState attachCurrentThread(String name) {
        ThreadState ts = new ThreadState(this, gil == null ? null : gil.attachCurrentThread(name), name);
        synchronized (this) {
            threads.add(ts);
        }
        ThreadState.setCurrent(ts);
        return ts;
    }

    synchronized void detach(ThreadState ts) {
        threads.remove(ts);
    }

    /** A thread called {@link ThreadState#exiting()}: it will close soon. */
    synchronized void exiting() {
        exitingThreads++;
    }

    /** An exiting thread closed (left the lock; a trace has its exit). */
    synchronized void exited() {
        exitingThreads--;
        notifyAll();
    }

    /**
     * Waits up to {@code timeoutNanos} until every thread that ended its Python code has also
     * left the lock: the interpreter's last step before it stops, so that a trace or the lock's
     * statistics include every joined thread's exit. Returns whether none is left.
     */
    public synchronized boolean awaitExitingThreads(long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        boolean interrupted = false;
        try {
            while (exitingThreads > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                try {
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * The trace session whose {@link org.gilkit.observe.ThreadRecorder}s get this interpreter's
     * blocking calls ({@link ThreadState#blocking(String, ThreadState.BlockingCall)}), or null.
     */
    public TraceSession traceSession() {
        return traceSession;
    }

    /** Set by {@code gilkit trace} when it starts a session on {@link #gil()}; null stops reporting. */
    public void setTraceSession(TraceSession session) {
        traceSession = session;
    }

    /** The live thread states, in attach order (a snapshot). */
    public synchronized List<ThreadState> threads() {
        return new ArrayList<>(threads);
    }

    public Gil gil() {
        return gil;
    }

    public PyDict builtins() {
        return builtins;
    }

    public PyDict sysModules() {
        return sysModules;
    }

    /** The sys module's namespace (the sys module object itself is the VM's). */
    public PyDict sysDict() {
        return sysDict;
    }

    /** sys.stdout as the program currently sees it (it may have been reassigned). */
    public PyObject sysStdout() {
        PyObject o = sysDict.getItem(new PyStr("stdout"));
        return o == null ? PyNone.NONE : o;
    }

    public PyObject sysStderr() {
        PyObject o = sysDict.getItem(new PyStr("stderr"));
        return o == null ? PyNone.NONE : o;
    }

    public PyObject sysStdin() {
        PyObject o = sysDict.getItem(new PyStr("stdin"));
        return o == null ? PyNone.NONE : o;
    }

    /** The original standard streams (for flushing at exit and for tracebacks). */
    public PyTextIO stdout() {
        return stdout;
    }

    public PyTextIO stderr() {
        return stderr;
    }

    public PyTextIO stdin() {
        return stdin;
    }

    /** Flushes the original stdout and stderr (at exit; errors are ignored as CPython does). */
    public void flushStandardStreams() {
        stdout.flushQuietly();
        stderr.flushQuietly();
    }

    public PyList argv() {
        return argv;
    }

    public void setArgv(PyList argv) {
        this.argv = argv;
        sysDict.put(new PyStr("argv"), argv);
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        if (limit < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
        recursionLimit = limit;
    }

    public ModuleLoader moduleLoader() {
        return moduleLoader;
    }

    public void setModuleLoader(ModuleLoader loader) {
        this.moduleLoader = loader;
    }

    public ClassBuilder classBodyRunner() {
        return classBodyRunner;
    }

    public void setClassBodyRunner(ClassBuilder runner) {
        this.classBodyRunner = runner;
    }

    /** The VM's compile/exec/eval hook (see {@link CodeRunner}). */
    public CodeRunner codeRunner() {
        return codeRunner;
    }

    public void setCodeRunner(CodeRunner runner) {
        this.codeRunner = runner;
    }

    /** id(o): unique among live objects, stable for the object's lifetime. */
    public long id(PyObject o) {
        return ids.id(o);
    }
}
