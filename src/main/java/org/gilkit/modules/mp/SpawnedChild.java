package org.gilkit.modules.mp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * A child of the spawn start method: a new JVM ({@code java -cp <this classpath>}
 * {@link SpawnMain}) that imports the main script as {@code __mp_main__} and runs the Process
 * object it receives pickled ({@link Mode#SPAWN}) through the parent's {@link Broker}, as do the
 * queues, locks and events it inherited; shared memory is a file both map. The child's stdout and
 * stderr are copied to the parent's streams; {@code wait()} returns once the child exited and its
 * output was copied. A crash of the child JVM only ends that child.
 *
 * <p>No JVM outlives the parent: a shutdown hook destroys the live children.
 */
public final class SpawnedChild extends ChildHandle {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    /**
     * Starts the child JVM in a session of its own (setsid(1) execs in place: same pid), so a
     * terminal's Ctrl-C reaches only the parent, which forwards SIGINT once to each child
     * ({@link #interruptAll}); without it the child would get the signal twice.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static volatile boolean hookInstalled;
    /** In a spawn child JVM: (pid, parent pid); null in a JVM started otherwise. */
    private static volatile long[] selfInfo;

    private final Process process;
    private final CountDownLatch done = new CountDownLatch(1);
    /** The parent-side duplicates of the pipe handles the child inherited, closed when it ends. */
    private final List<PipeHandle> handles;
    private volatile Integer exitcode;
    private volatile int stopCode;

    private SpawnedChild(Process process, List<PipeHandle> handles) {
        this.process = process;
        this.handles = handles;
    }

    /** Starts a JVM for {@code processObj} (main script {@code mainPath}). */
    public static PyObject start(ThreadState ts, PyObject processObj, String mainPath) {
        Broker b;
        try {
            b = Broker.acquire();
        } catch (IOException e) {
            throw Errors.osError(0, "cannot start the spawn broker: " + e.getMessage(), null);
        }
        boolean started = false;
        try {
            ForkedChild.flushStreams(ts);
            ObjectWriter w = new ObjectWriter(ts, Mode.SPAWN);
            w.write(processObj);
            byte[] proc = w.finish().data();
            long id = b.offerPayload(payload(ts, mainPath, proc));
            SpawnedChild h = launch(ts.interp(), b, id, w.inheritedHandles());
            started = true;
            return h;
        } finally {
            if (!started) Broker.release();
        }
    }

    private static byte[] payload(ThreadState ts, String mainPath, byte[] proc) {
        InterpreterState interp = ts.interp();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            PyObject path = interp.sysDict().getStr("path");
            Wire.writeString(out, mainFile(mainPath, path));
            writeStrings(out, interp.argv());
            writeStrings(out, path instanceof PyList l ? l : new PyList());
            Wire.writeString(out, interp.gil().policy().cliName());
            out.writeLong(interp.gil().switchIntervalNanos());
            out.writeLong(ForkedChild.pidOf(interp));
            Wire.writeBytes(out, proc);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    /** The main script's absolute path: as given, or found in sys.path[0] (the script's folder). */
    private static String mainFile(String mainPath, PyObject sysPath) {
        Path p = Path.of(mainPath);
        if (!java.nio.file.Files.exists(p) && !p.isAbsolute() && sysPath instanceof PyList l && l.size() > 0
                && l.get(0) instanceof PyStr dir) {
            Path q = Path.of(dir.value()).resolve(mainPath);
            if (java.nio.file.Files.exists(q)) p = q;
        }
        return p.toAbsolutePath().normalize().toString();
    }

    private static void writeStrings(DataOutputStream out, PyList l) throws IOException {
        List<String> s = new ArrayList<>();
        for (PyObject o : l.toArray()) if (o instanceof PyStr p) s.add(p.value());
        out.writeInt(s.size());
        for (String x : s) Wire.writeString(out, x);
    }

    private static SpawnedChild launch(InterpreterState parent, Broker b, long id, List<PipeHandle> handles) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETSID)) cmd.add(SETSID.toString());
        cmd.addAll(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-XX:+UseSerialGC", "-XX:-UsePerfData", SpawnMain.class.getName(),
                Integer.toString(b.port()), b.token, Long.toString(id)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw Errors.osError(0, "cannot start a Java process: " + e.getMessage(), java);
        }
        closeQuietly(p.getOutputStream());
        installHook();
        ForkedChild.forwardSigint();
        LIVE.add(p);
        SpawnedChild h = new SpawnedChild(p, handles);
        Thread out = pump(p.getInputStream(), parent.stdout().rawOutput(), "gilkit-spawn-out");
        Thread err = pump(p.getErrorStream(), parent.stderr().rawOutput(), "gilkit-spawn-err");
        Thread waiter = new Thread(() -> h.waitFor(out, err), "gilkit-spawn-wait");
        waiter.setDaemon(true);
        waiter.start();
        return h;
    }

    private static Thread pump(InputStream in, OutputStream to, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void waitFor(Thread out, Thread err) {
        int rc;
        try {
            rc = process.waitFor();
            out.join();
            err.join();
        } catch (InterruptedException e) {
            rc = -9;
        }
        LIVE.remove(process);
        for (PipeHandle ph : handles) ph.close(null);
        Broker.release();
        exitcode = stopCode != 0 ? stopCode : bySignal(rc);
        done.countDown();
    }

    /**
     * A JVM ended by SIGTERM (its shutdown hooks run) or SIGKILL exits with 128 + the signal; as
     * CPython reports a child ended by a signal, that is -15 or -9 (os.kill from the program).
     */
    private static int bySignal(int rc) {
        return rc == 128 + 15 || rc == 128 + 9 ? 128 - rc : rc;
    }

    private static void closeQuietly(OutputStream s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    private static synchronized void installHook() {
        if (hookInstalled) return;
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : LIVE) p.destroyForcibly();
        }, "gilkit-spawn-exit"));
    }

    @Override
    public long pid() {
        return process.pid();
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
        if (exitcode != null || stopCode != 0) return PyNone.NONE;
        stopCode = code;
        if (code == -9) process.destroyForcibly(); else process.destroy();
        return PyNone.NONE;
    }

    /** Marks this JVM as a spawn child (called by {@link SpawnMain}). */
    static void markChild(long parentPid) {
        selfInfo = new long[] {ProcessHandle.current().pid(), parentPid};
    }

    /** The pid of the interpreter that spawned this JVM, or 0 when it was started otherwise. */
    static long parentPid() {
        long[] s = selfInfo;
        return s == null ? 0 : s[1];
    }

    /** (pid, parent pid) when this JVM is a spawn child, else None. */
    public static PyObject processInfo() {
        long[] s = selfInfo;
        return s == null ? PyNone.NONE : PyTuple.of(PyInt.of(s[0]), PyInt.of(s[1]));
    }

    /** Runs in the child: the payload's process object, as {@code process._bootstrap()}. */
    static int bootstrap(ThreadState ts, byte[] proc) {
        PyObject p = ObjectReader.read(ts, new Transfer(proc, List.of()));
        PyObject rc = Ops.callMethod(ts, p, "_bootstrap");
        return rc instanceof PyInt i ? i.asInt() : 1;
    }

    /** SIGINT to every live spawn child (the parent got SIGINT: see {@link ForkedChild#forwardSigint}). */
    static void interruptAll() {
        for (Process p : LIVE) {
            try {
                OsProcess.kill(p.pid(), 2);
            } catch (org.gilkit.runtime.PyException e) {
                // it just ended
            }
        }
    }

    /** For tests: whether any spawned JVM is still running. */
    static int liveCount() {
        return LIVE.size();
    }
}
