package org.gilkit.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;

/**
 * The built-in workload of {@code gilkit trace --demo} (and of TraceOverheadBench): N Java
 * threads attached to one lock do what interpreted Python threads do, without an interpreter.
 * Each thread repeats, until the deadline: a burst of "bytecode" (arithmetic with a check point
 * per step, like the VM's backward jumps), then optionally one releasing native kernel call on a
 * 1 MiB buffer (sum of doubles or SHA-256, both above their release thresholds), and every
 * eighth round a 1 ms sleep with the lock released for blocking and reported to the session.
 * So a trace shows all four states: holding, waiting, running native, blocked in I/O.
 */
public final class DemoWorkload {
    /** The kernel each round calls, if any. */
    public enum KernelChoice {
        NONE, SUM, SHA256;

        /**
         * Parses "none", "sum" or "sha256", ignoring case.
         * @throws IllegalArgumentException naming the valid choices
         */
        public static KernelChoice parse(String s) {
            for (KernelChoice k : values()) if (k.name().equalsIgnoreCase(s == null ? "" : s.trim())) return k;
            throw new IllegalArgumentException("unknown kernel '" + s + "'; valid kernels: none, sum, sha256");
        }

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Check points per burst: about 50-100 us of work, several switch intervals at 1 us. */
    static final int STEPS_PER_BURST = 20_000;
    static final int BUFFER_BYTES = 1 << 20;
    static final int SLEEP_EVERY = 8;

    private DemoWorkload() {}

    /**
     * Runs {@code threads} threads on {@code gil} for about {@code durationNanos} and waits for
     * them. Every thread does at least one round.
     * @param session the session to report blocking calls to, or null
     * @throws IllegalStateException if a worker failed (the first failure is the cause)
     */
    public static void run(Gil gil, TraceSession session, int threads, long durationNanos, KernelChoice kernel) {
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be in [1, 256], got " + threads);
        if (durationNanos < 0) throw new IllegalArgumentException("duration must not be negative");
        long deadline = System.nanoTime() + durationNanos;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= threads; i++) {
            String name = "worker-" + i;
            Thread t = new Thread(() -> {
                try {
                    worker(gil, session, name, deadline, kernel);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "gilkit-demo-" + name);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) join(t);
        if (failure.get() != null) throw new IllegalStateException("demo worker failed: " + failure.get(), failure.get());
    }

    private static void worker(Gil gil, TraceSession session, String name, long deadline, KernelChoice kernel) {
        try (GilThread t = gil.attachCurrentThread(name);
             NativeBuffer buf = kernel == KernelChoice.NONE ? null : filled()) {
            ThreadRecorder rec = session == null ? ThreadRecorder.NOOP : session.recorder(t);
            t.acquire();
            long sink = 0;
            int round = 0;
            do {
                sink += burst(t, round);
                if (buf != null) sink += callKernel(kernel, buf);
                if (++round % SLEEP_EVERY == 0) sleepReleased(t, rec);
            } while (System.nanoTime() < deadline);
            t.release();
            if (sink == 42) System.out.print(""); // keeps the work observable to the JIT
        }
    }

    private static NativeBuffer filled() {
        double[] values = new double[BUFFER_BYTES / 8];
        for (int i = 0; i < values.length; i++) values[i] = i * 0.5;
        return NativeBuffer.of(values);
    }

    /** Interpreted-style work: arithmetic with a check point per step. */
    private static long burst(GilThread t, int seed) {
        long x = seed;
        for (int i = 0; i < STEPS_PER_BURST; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            t.checkpoint();
        }
        return x;
    }

    private static long callKernel(KernelChoice kernel, NativeBuffer buf) {
        return switch (kernel) {
            case SUM -> (long) ArrayKernels.sumF64(buf, ReleasePolicy.AUTO);
            case SHA256 -> HashKernels.digest(HashAlgorithm.SHA256, buf, ReleasePolicy.AUTO)[0];
            case NONE -> 0;
        };
    }

    private static void sleepReleased(GilThread t, ThreadRecorder rec) {
        rec.blockedBegin("sleep");
        t.releaseForBlocking();
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            t.acquire();
            rec.blockedEnd();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
