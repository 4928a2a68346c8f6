package org.gilkit.diagnose;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.gilkit.runtime.InterpreterState;

/**
 * {@code gilkit run --watchdog=SECONDS}: if the program is still running SECONDS after it started,
 * prints a {@link ThreadDump} (headed by faulthandler's {@code Timeout (H:MM:SS)!} line) to stderr
 * and ends the process with {@link #EXIT_TIMEOUT}, as
 * {@code faulthandler.dump_traceback_later(SECONDS, exit=True)} does in CPython.
 *
 * <p>Why wall-clock time and not "no progress": a deadlock, a livelock (threads spinning through
 * the lock without getting anywhere) and a program that is merely too slow all look different to a
 * progress detector, and a legitimate long sleep or a long released kernel looks like no progress.
 * A deadline is predictable, catches all of them, and is what CI needs: "this test must not take
 * more than N seconds, and if it does, tell me where every thread is".
 *
 * <p>Ending the run: the dump is written, the interpreter's standard streams are flushed (best
 * effort: a deadlocked thread may hold them), then {@code exit} is called with
 * {@link #EXIT_TIMEOUT}. {@code gilkit run} passes {@code Runtime.halt}: deadlocked non-daemon
 * threads cannot be joined, so the process ends without waiting for them (no hang). Tests pass
 * a recording function instead.
 *
 * <p>Race with a normal end: {@link #close()} (called when the program ended) and the deadline
 * agree on one winner: if the program ended first nothing is printed; if the deadline fired
 * first, close() waits for the dump and the exit, so the status is always the watchdog's.
 */
public final class RunWatchdog implements AutoCloseable {
    /** The exit status after a watchdog timeout: GNU timeout(1)'s "timed out" status. */
    public static final int EXIT_TIMEOUT = 124;

    private static final int RUNNING = 0, CLOSED = 1, FIRED = 2;

    private final InterpreterState interp;
    private final long timeoutNanos;
    private final PrintStream err;
    private final IntConsumer exit;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final Thread thread;

    private RunWatchdog(InterpreterState interp, long timeoutNanos, PrintStream err, IntConsumer exit) {
        this.interp = interp;
        this.timeoutNanos = timeoutNanos;
        this.err = err;
        this.exit = exit;
        this.thread = new Thread(this::watch, "gilkit-watchdog");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code interp}. @throws IllegalArgumentException unless
     * {@code 0 < seconds <= 1e9} (about 31 years)
     */
    public static RunWatchdog start(InterpreterState interp, double seconds, PrintStream err, IntConsumer exit) {
        if (!(seconds > 0 && seconds <= 1e9))
            throw new IllegalArgumentException("--watchdog must be a number of seconds in (0, 1e9], got " + seconds);
        if (interp == null || err == null || exit == null)
            throw new IllegalArgumentException("RunWatchdog.start: interp, err and exit must not be null");
        RunWatchdog w = new RunWatchdog(interp, Math.max(1, Math.round(seconds * 1e9)), err, exit);
        w.thread.start();
        return w;
    }

    /** True once the deadline fired (the dump was or is being printed). */
    public boolean fired() {
        return state.get() == FIRED;
    }

    /** The program ended: cancel the deadline, or, if it already fired, wait for the exit call. */
    @Override
    public void close() {
        if (state.compareAndSet(RUNNING, CLOSED)) {
            ended.countDown();
            return;
        }
        if (state.get() == FIRED) joinUninterruptibly(thread);
    }

    private void watch() {
        boolean finished;
        try {
            finished = ended.await(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return;
        }
        if (finished || !state.compareAndSet(RUNNING, FIRED)) return;
        String dump = ThreadDump.format(interp, headline(timeoutNanos));
        try {
            interp.flushStandardStreams();
        } catch (RuntimeException e) {
            // a deadlocked thread may be inside a write: the dump matters more than its output
        }
        err.print(dump);
        err.println("gilkit: the program was still running after --watchdog=" + seconds(timeoutNanos)
                + " s: exiting with status " + EXIT_TIMEOUT);
        err.flush();
        exit.accept(EXIT_TIMEOUT);
    }

    /** faulthandler's "Timeout (0:00:05)!" (with ".ffffff" when the timeout has a fraction). */
    static String headline(long nanos) {
        long us = nanos / 1000;
        long sec = us / 1_000_000, frac = us % 1_000_000;
        String hms = String.format(Locale.ROOT, "%d:%02d:%02d", sec / 3600, sec / 60 % 60, sec % 60);
        return "Timeout (" + hms + (frac != 0 ? String.format(Locale.ROOT, ".%06d", frac) : "") + ")!";
    }

    private static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
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
}
