package org.gilkit.modules.mp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.ThreadState;

/**
 * The process identity and process-level calls of the {@code os} module as one interpreter sees
 * them ({@code org.gilkit.modules.OsModule} delegates here), so that a fork child, which is an
 * interpreter inside the parent's JVM, looks like a process of its own:
 * <ul>
 * <li>{@link #getpid}: a fork child's virtual pid ({@code n * 2^22 + the JVM's pid}, above any
 *     real pid: {@link ForkedChild#PID_LIMIT}), else the JVM's pid. It equals
 *     {@code multiprocessing.current_process().pid} and the parent's {@code Process.pid}.</li>
 * <li>{@link #getppid}: the pid of the interpreter that started this fork or spawn child (virtual
 *     when that was a fork child), else the JVM's parent.</li>
 * <li>{@link #kill}: to a live fork child's pid, SIGINT raises KeyboardInterrupt in its main
 *     thread, signal 0 checks that it exists, SIGCHLD/SIGURG/SIGWINCH are ignored and any other
 *     signal ends it as terminate() does with exit code {@code -sig}; to another virtual pid,
 *     ProcessLookupError; to a real pid, the operating system's kill(2).</li>
 * <li>{@link #exit}: os._exit: a fork child ends at once with the code, any other JVM halts.</li>
 * </ul>
 */
public final class OsProcess {
    private OsProcess() {}

    public static long getpid(InterpreterState interp) {
        return ForkedChild.pidOf(interp);
    }

    public static long getppid(InterpreterState interp) {
        ForkedChild c = ForkedChild.of(interp);
        if (c != null) return c.parentPid();
        long spawnParent = SpawnedChild.parentPid();
        if (spawnParent > 0) return spawnParent;
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /**
     * os._exit(code) on thread {@code ts}: returns only on a thread other than a fork child's
     * main thread, which the caller must then unwind without running more Python code.
     */
    public static void exit(ThreadState ts, int code) {
        ForkedChild c = ForkedChild.of(ts.interp());
        if (c != null) {
            c.exitNow(ts, code);
            return;
        }
        Runtime.getRuntime().halt(code);
    }

    /** os.kill(pid, sig): see the class comment. */
    public static void kill(long pid, int sig) {
        if (sig < 0 || sig > 64) throw Errors.osError(22, "Invalid argument", null);
        ForkedChild c = ForkedChild.byPid(pid);
        if (c != null) {
            if (sig != 0 && sig != 17 && sig != 23 && sig != 28) c.signal(sig);
            return;
        }
        if (pid >= ForkedChild.PID_LIMIT || pid < 0) throw Errors.osError(3, "No such process", null);
        osKill(pid, sig);
    }

    /** kill(2) through the system's kill command (Java has no call for arbitrary signals). */
    private static void osKill(long pid, int sig) {
        Process p;
        try {
            p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (exitStatus(p) == 0) return;
            if (out.contains("not permitted")) throw Errors.osError(1, "Operation not permitted", null);
            throw Errors.osError(3, "No such process", null);
        } catch (IOException e) {
            throw Errors.osError(38, "kill: " + e.getMessage(), null);
        }
    }

    /**
     * The kill command's status, waiting through interrupts: {@code os.kill(os.getpid(), SIGINT)}
     * interrupts this very wait (the SIGINT handler interrupts the main thread). kill(2) has
     * succeeded then; the pending signal is delivered at the next check point, as CPython runs
     * the handler right after os.kill returns.
     */
    private static int exitStatus(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // retry: the process has been started, only its status is missing
            }
        }
    }
}
