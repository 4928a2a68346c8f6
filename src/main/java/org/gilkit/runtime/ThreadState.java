package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.gilkit.gil.GilThread;
import org.gilkit.observe.ThreadRecorder;
import org.gilkit.observe.TraceSession;

/**
 * The state of one OS thread running Python code (CPython's {@code PyThreadState}): its
 * interpreter, its hold on the GIL, the innermost frame, the recursion depth and the exception
 * being handled. Created by {@link InterpreterState#attachCurrentThread(String)} on the thread it
 * belongs to, which alone uses it.
 *
 * <p>{@link #current()} is the one sanctioned thread-local lookup, for Java interfaces that have
 * no parameter for the thread state (PyObject.equals/hashCode used by java.util maps); everything
 * else passes the ThreadState explicitly.
 *
 * <p>Wired in: the VM keeps {@link #frame}, {@link #recursionDepth} and the handled exception up
 * to date; builtins doing I/O wrap the blocking part in {@link #blocking}.
 */
public final class ThreadState implements AutoCloseable {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    private final InterpreterState interp;
    private final GilThread gil;
    private final Thread thread;
    private final String name;
    /** The innermost executing frame, or null; maintained by the VM. */
    public FrameInfo frame;
    /** Python-level call depth; the VM increments it on every Python call. */
    public int recursionDepth;
    /** The exception currently being handled (sys.exc_info()), or null. */
    private PyBaseException handled;
    /** The Python Thread object running on this thread, if any (set by the threading module). */
    public PyObject threadObject;
    /**
     * This Python thread's namespaces of threading.local objects (CPython's tstate dict), keyed by
     * each local object's token; created on first use and dropped with the thread, so a later
     * Python thread on the same OS thread (same ident) starts with none.
     */
    public PyDict localDicts;
    /** Objects whose repr is in progress on this thread (CPython's Py_ReprEnter), for "[...]". */
    private final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();
    private boolean closed;
    private final List<Runnable> exitActions = new ArrayList<>(1); // run by exiting()/close(), in order
    private boolean exiting; // exiting() ran, close() not yet
    /** The session {@link #recorder} was taken from (owner thread only). */
    private TraceSession recorderSession;
    private ThreadRecorder recorder = ThreadRecorder.NOOP;

    ThreadState(InterpreterState interp, GilThread gil, String name) {
        this.interp = interp;
        this.gil = gil;
        this.thread = Thread.currentThread();
        this.name = name;
    }

    /** The thread state of the calling thread. @throws IllegalStateException if it has none */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("thread '" + Thread.currentThread().getName()
                    + "' is not attached to a gilkit interpreter");
        }
        return ts;
    }

    /** The calling thread's state, or null if it has none. */
    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    static void setCurrent(ThreadState ts) {
        if (ts == null) CURRENT.remove(); else CURRENT.set(ts);
    }

    public InterpreterState interp() {
        return interp;
    }

    /** This thread's hold on the GIL; null when the interpreter runs without a lock (unit tests). */
    public GilThread gil() {
        return gil;
    }

    public Thread thread() {
        return thread;
    }

    public String name() {
        return name;
    }

    public FrameInfo frame() {
        return frame;
    }

    public PyBaseException handledException() {
        return handled;
    }

    public void setHandledException(PyBaseException e) {
        handled = e;
    }

    /** A blocking operation run with the GIL released (may throw checked exceptions). */
    @FunctionalInterface
    public interface BlockingCall<T, E extends Exception> {
        T call() throws E;
    }

    /**
     * Runs {@code op} with the GIL released ({@code Py_BEGIN_ALLOW_THREADS}) and takes it back
     * afterwards, whatever happens. {@code op} must not touch Python objects: other threads run
     * bytecode meanwhile. Without a lock (tests, or a thread that does not hold it) it just runs.
     */
    public <T, E extends Exception> T blocking(BlockingCall<T, E> op) throws E {
        return blocking("blocked", op);
    }

    /**
     * {@link #blocking(BlockingCall)} reported as a blocking call named {@code what} ("sleep",
     * "lock.acquire", "read", ...) to the interpreter's trace session, if one records: the span
     * runs from before the release to after the lock is taken back, is named after the program's
     * call site ({@link BlockingSite}: "join (lock.acquire) at app.py:20"), and the HTML timeline
     * labels the thread's "blocked in I/O" stretch with it. Without a session the cost is one
     * volatile read.
     */
    public <T, E extends Exception> T blocking(String what, BlockingCall<T, E> op) throws E {
        if (gil == null || !gil.holds()) return op.call();
        ThreadRecorder rec = recorder();
        if (rec.isActive()) rec.blockedBegin(BlockingSite.describe(frame, what));
        gil.releaseForBlocking();
        try {
            return op.call();
        } finally {
            gil.acquire();
            if (rec.isActive()) rec.blockedEnd();
        }
    }

    /** This thread's recorder in the interpreter's current trace session ({@link ThreadRecorder#NOOP} if none). */
    private ThreadRecorder recorder() {
        TraceSession s = interp.traceSession();
        if (s == null) return ThreadRecorder.NOOP;
        if (s != recorderSession) {
            recorder = s.recorder(gil);
            recorderSession = s;
        }
        return recorder;
    }

    /**
     * Marks {@code o} as being repr'd; returns false if it already is (the caller then prints
     * "[...]" / "{...}"). Pair with {@link #reprLeave}.
     */
    public boolean reprEnter(PyObject o) {
        return reprActive.put(o, Boolean.TRUE) == null;
    }

    public void reprLeave(PyObject o) {
        reprActive.remove(o);
    }

    /**
     * Enters a recursive Java-level operation on Python objects (repr, ==, hash of nested
     * containers) and raises RecursionError past the limit, as CPython's Py_EnterRecursiveCall.
     */
    public void enterRecursive(String where) {
        if (++recursionDepth > interp.recursionLimit()) {
            recursionDepth--;
            throw Errors.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    public void leaveRecursive() {
        recursionDepth--;
    }

    /** Detaches the thread from its interpreter and the GIL (the GIL must not be held). */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        boolean wasExiting = exiting;
        runExitActions();
        interp.detach(this);
        if (CURRENT.get() == this) CURRENT.remove();
        if (gil != null) gil.close();
        if (wasExiting) interp.exited();
    }

    /**
     * The thread is ending (its Python code is done, it still holds the GIL): runs the exit
     * actions now, as CPython releases a thread's {@code _tstate_lock} before it drops the GIL, so
     * a thread that joins it sees it dead as soon as it runs again. {@link #close()} must follow;
     * until it does, the interpreter counts this thread as exiting
     * ({@link InterpreterState#awaitExitingThreads}).
     */
    public void exiting() {
        if (exiting || closed) return;
        exiting = true;
        interp.exiting();
        runExitActions();
    }

    private void runExitActions() {
        for (Runnable r : exitActions) r.run();
        exitActions.clear();
    }

    /**
     * Runs {@code action} when the thread ends ({@link #exiting()}, or {@link #close()} at the
     * latest): what {@code _thread._set_sentinel} uses so that {@code Thread.join} returns only
     * once the thread is done. Call it from the owning thread.
     */
    public void onExit(Runnable action) {
        exitActions.add(action);
    }

    @Override
    public String toString() {
        return "ThreadState[" + name + "]";
    }
}
