package org.gilkit.harden;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Bounds a test body: it runs on one dedicated daemon platform thread, and if it does not finish
 * in time the test fails with a diagnosis instead of hanging the build: the stack of every live
 * thread plus whatever extra state the test registered (the lock's snapshot, counters). A stuck
 * daemon thread cannot keep the JVM alive afterwards.
 *
 * <p>One instance may run many tasks in sequence on the same thread ({@link #call}), which keeps
 * thread-local native state (the C current tstate) realistic across calls, as the fuzzer needs.
 */
final class Watchdog implements AutoCloseable {
    private final ExecutorService worker;
    private final List<Supplier<String>> diagnostics = new ArrayList<>();

    Watchdog(String threadName) {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Adds a section to the timeout report (evaluated only on timeout, from the watchdog's thread). */
    Watchdog diagnose(Supplier<String> section) {
        diagnostics.add(section);
        return this;
    }

    /**
     * Runs {@code body} on the worker and returns its result; rethrows what it threw.
     * @throws AssertionError with every thread's stack if it takes longer than {@code limit}
     */
    <T> T call(String what, Duration limit, Callable<T> body) throws Exception {
        Future<T> f = worker.submit(body);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String report = report(what, limit);
            System.err.println(report);
            throw new AssertionError(report);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    /** {@link #call} for a body without a result. */
    void run(String what, Duration limit, ThrowingRunnable body) throws Exception {
        call(what, limit, () -> {
            body.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private String report(String what, Duration limit) {
        StringBuilder sb = new StringBuilder();
        sb.append("WATCHDOG: '").append(what).append("' did not finish within ").append(limit.toMillis())
                .append(" ms (deadlock or hang). State at timeout:\n");
        for (Supplier<String> d : diagnostics) {
            try {
                sb.append(d.get()).append('\n');
            } catch (RuntimeException e) {
                sb.append("(diagnostic failed: ").append(e).append(")\n");
            }
        }
        sb.append(allStacks());
        return sb.toString();
    }

    /** Every live thread's name, state and stack, as jstack would print them. */
    static String allStacks() {
        StringBuilder sb = new StringBuilder("-- all Java threads --\n");
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            sb.append('"').append(t.getName()).append("\" ").append(t.getState())
                    .append(t.isDaemon() ? " daemon" : "").append('\n');
            for (StackTraceElement el : e.getValue()) sb.append("    at ").append(el).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
