package org.gilkit.modules.mp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.ChildInterpreter;

/**
 * A child of the fork start method: a new interpreter of this JVM with its own GIL
 * ({@link ChildInterpreter}), made from a {@link Mode#FORK} copy of the parent's user modules and
 * of the Process object taken at {@code start()}, whose main thread runs
 * {@code process._bootstrap()} and ends with its exit code. Nothing mutable is shared with the
 * parent afterwards except the multiprocessing objects ({@link MpShared}) the copy reached.
 *
 * <p>The child inherits every open pipe handle of the parent ({@link PipeHandles}); the handles
 * open in the child when it ends are closed, as an exiting process's descriptors.
 *
 * <p>{@code terminate()} raises KeyboardInterrupt in the child's main thread at its next check
 * point or wait (the child knows it is being terminated and prints nothing) and the exit code
 * becomes -15. SIGINT sent to the JVM is forwarded to the live children, as a terminal's Ctrl-C
 * reaches every process of the group.
 */
public final class ForkedChild extends ChildHandle {
    /**
     * Linux's largest possible pid (PID_MAX_LIMIT, 2^22): a fork child's virtual pid is
     * {@code n * PID_LIMIT + the JVM's pid} (n = 1, 2, ...), so it can never be a real process's
     * pid and differs between JVMs (a spawn child forking children of its own).
     */
    public static final long PID_LIMIT = 1L << 22;
    private static final AtomicLong NEXT_CHILD = new AtomicLong(1);
    /** The live forked children of the JVM, by interpreter (the JVM's "process table"). */
    private static final Map<InterpreterState, ForkedChild> LIVE = new ConcurrentHashMap<>();
    private static volatile boolean sigintForwarded;

    private final InterpreterState child;
    private final long pid;
    private final long parentPid;
    private final CountDownLatch done = new CountDownLatch(1);
    /** The pipe handles the child inherited, closed when it ends (as its descriptors). */
    private final List<PipeHandle> handles;
    private volatile Integer exitcode;
    /** Set once by terminate()/kill()/os._exit(): the child ends silently with {@link #stopCode}. */
    private volatile boolean stopping;
    private volatile int stopCode;

    private ForkedChild(InterpreterState child, long pid, long parentPid, List<PipeHandle> handles) {
        this.child = child;
        this.handles = handles;
        this.pid = pid;
        this.parentPid = parentPid;
    }

    /** Copies the parent's state and {@code processObj} into a new interpreter and starts it. */
    public static ForkedChild start(ThreadState ts, PyObject processObj) {
        flushStreams(ts);
        ObjectWriter w = new ObjectWriter(ts, Mode.FORK);
        w.inheritOpenHandles();
        w.writeUserModules();
        w.write(processObj);
        Transfer t = w.finish();
        List<PipeHandle> handles = w.inheritedHandles();
        InterpreterState parent = ts.interp();
        InterpreterState child = ChildInterpreter.create(parent, parent.stdout().rawOutput(), parent.stderr().rawOutput());
        for (PipeHandle p : handles) PipeHandles.opened(child, p);
        ForkedChild h = new ForkedChild(child, virtualPid(NEXT_CHILD.getAndIncrement()), pidOf(parent), handles);
        LIVE.put(child, h);
        forwardSigint();
        ChildInterpreter.start(child, "gilkit-process-" + h.pid, cts -> h.run(cts, t), h::finished);
        return h;
    }

    private static long virtualPid(long n) {
        return n * PID_LIMIT + ProcessHandle.current().pid() % PID_LIMIT;
    }

    /** The live forked child of this JVM with pid {@code pid}, or null. */
    public static ForkedChild byPid(long pid) {
        for (ForkedChild c : LIVE.values()) if (c.pid == pid) return c;
        return null;
    }

    /** The pid of {@code interp}: a forked child's own, else the JVM's. */
    public static long pidOf(InterpreterState interp) {
        ForkedChild c = LIVE.get(interp);
        return c != null ? c.pid : ProcessHandle.current().pid();
    }

    /** The forked child running {@code interp}, or null (the main process, or a spawn child). */
    public static ForkedChild of(InterpreterState interp) {
        return LIVE.get(interp);
    }

    /** The parent's pid, as os.getppid() in the child. */
    public long parentPid() {
        return parentPid;
    }

    /** Whether terminate() or kill() was called: the child then ends without a report. */
    public boolean terminating() {
        return stopping;
    }

    /** CPython flushes sys.stdout and sys.stderr before forking so the child does not repeat them. */
    static void flushStreams(ThreadState ts) {
        for (PyObject s : List.of(ts.interp().sysStdout(), ts.interp().sysStderr())) {
            try {
                if (s != PyNone.NONE) Ops.callMethod(ts, s, "flush");
            } catch (PyException e) {
                // as util._flush_std_streams: ignored
            }
        }
    }

    private int run(ThreadState cts, Transfer t) {
        try {
            ObjectReader r = new ObjectReader(cts, t);
            r.readUserModules();
            PyObject proc = r.read();
            PyObject rc = Ops.callMethod(cts, proc, "_bootstrap");
            return rc instanceof PyInt i ? i.asInt() : 1;
        } catch (PyException e) {
            if (terminating()) return stopCode; // terminated while starting: no report, as a signal
            throw e;
        }
    }

    private void finished(int rc) {
        exitcode = stopping ? stopCode : rc;
        LIVE.remove(child);
        PipeHandles.processEnded(child);
        for (PipeHandle p : handles) p.close(null);
        done.countDown();
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public Integer exitcode() {
        return exitcode;
    }

    @Override
    public Integer await(ThreadState ts, long deadline) {
        if (exitcode != null) return exitcode;
        MpBlocking.run(ts, deadline, left -> done.await(left, TimeUnit.NANOSECONDS));
        return exitcode;
    }

    @Override
    public PyObject stop(int code) {
        synchronized (this) {
            if (exitcode != null || stopping) return PyNone.NONE;
            stopCode = code;
            stopping = true;
        }
        interrupt(child);
        return PyNone.NONE;
    }

    /**
     * os._exit(code) in this child, on thread {@code ts}: the child ends with {@code code} without
     * cleanup. On the child's main thread this throws {@link ChildInterpreter.HardExit}; on another
     * thread it stops the main thread as terminate() does and returns (the caller then unwinds its
     * own thread).
     */
    public void exitNow(ThreadState ts, int code) {
        List<ThreadState> all = child.threads();
        if (!all.isEmpty() && all.get(0) == ts) {
            synchronized (this) {
                stopCode = code;
                stopping = true;
            }
            throw new ChildInterpreter.HardExit(code);
        }
        stop(code);
    }

    /** As the signal {@code sig} sent to this child (os.kill): see {@link OsProcess#kill}. */
    void signal(int sig) {
        if (sig == 2) interrupt(child);
        else stop(-sig);
    }

    /** As SIGINT: KeyboardInterrupt in the main thread of {@code interp}. */
    private static void interrupt(InterpreterState interp) {
        interp.interruptPending = true;
        List<ThreadState> all = interp.threads();
        if (!all.isEmpty()) all.get(0).thread().interrupt();
    }

    /**
     * Chains a SIGINT handler (once per JVM) that also interrupts every live forked child and
     * sends SIGINT to every live spawn child, as a terminal's Ctrl-C reaches a whole process group
     * (spawn children run in a session of their own, so they get it exactly once: from here).
     */
    static synchronized void forwardSigint() {
        if (sigintForwarded) return;
        sigintForwarded = true;
        try {
            sun.misc.Signal sig = new sun.misc.Signal("INT");
            sun.misc.SignalHandler[] previous = new sun.misc.SignalHandler[1];
            previous[0] = sun.misc.Signal.handle(sig, s -> {
                for (InterpreterState c : LIVE.keySet()) interrupt(c);
                SpawnedChild.interruptAll();
                sun.misc.SignalHandler p = previous[0];
                if (p == sun.misc.SignalHandler.SIG_DFL) System.exit(130);
                if (p != null && p != sun.misc.SignalHandler.SIG_IGN) p.handle(s);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT handling in this JVM: children stop with the JVM
        }
    }
}
