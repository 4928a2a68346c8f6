package org.gilkit.gil;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the convoy effect at the lock itself: a "spinner" thread holds the lock and runs check
 * points only (a CPU-bound thread), while an I/O-like thread loops over "release for blocking,
 * sleep {@code sleepNanos}, re-take". Each round's latency is wake-up to running: from the moment
 * its sleep returned to the moment it holds the lock again. Under {@code new} and {@code fifo}
 * that is at most what remains of the spinner's slice (gil.c rules 1 and 2: at most one switch
 * interval, plus the hand-off); under {@code legacy} it is the convoy: the waiter loses the
 * re-take race until the spinner happens to lose it. The Python version of the same experiment
 * is the tour's {@code convoy} scenario. Used by {@code gilkit lockbench}.
 */
public final class ConvoyProbe {
    private ConvoyProbe() {}

    /**
     * Runs {@code rounds} sleep-and-re-take rounds behind a spinning holder and returns their
     * wake-up-to-running latencies in nanoseconds, sorted; empty under {@link GilPolicy#OFF}.
     */
    public static long[] measure(GilPolicy policy, long intervalNanos, long sleepNanos, int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        if (sleepNanos < 0) throw new IllegalArgumentException("sleepNanos must not be negative, got " + sleepNanos);
        if (policy == GilPolicy.OFF) return new long[0];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] out = new long[rounds];
        try (Gil gil = Gil.create(policy, intervalNanos)) {
            CountDownLatch holding = new CountDownLatch(1);
            Thread spinner = new Thread(() -> spin(gil, holding, stop, failure), "convoy-spinner");
            spinner.setDaemon(true);
            spinner.start();
            try (GilThread io = gil.attachCurrentThreadOrFail("io", holding)) {
                io.acquire();
                for (int i = 0; i < rounds; i++) {
                    io.releaseForBlocking();
                    LockSupport.parkNanos(sleepNanos);
                    long woke = System.nanoTime();
                    io.acquire();
                    out[i] = System.nanoTime() - woke;
                }
                io.release();
            } finally {
                stop.set(true);
                join(spinner);
            }
        }
        if (failure.get() != null) throw new IllegalStateException("convoy spinner failed", failure.get());
        Arrays.sort(out);
        return out;
    }

    private static void spin(Gil gil, CountDownLatch holding, AtomicBoolean stop, AtomicReference<Throwable> failure) {
        try (GilThread t = gil.attachCurrentThread("spinner")) {
            t.acquire();
            holding.countDown();
            long x = 1;
            while (!stop.get()) {
                x = work(x);
                t.checkpoint();
            }
            t.release();
            if (x == 42) holding.countDown(); // keeps the work alive; never true in practice
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
            holding.countDown();
        }
    }

    /**
     * What the spinner does between two check points: about 100 ns of dependent integer work,
     * roughly one iteration of an interpreted loop (a backward jump every ~7 bytecodes), so that
     * the {@code legacy} policy's 100 ticks last about as long as in the interpreter (~10 us).
     * With no work at all the spinner would drop the lock every microsecond and the waiter, once
     * awake, would slip in at its first try: no convoy, unlike a real interpreter thread.
     */
    static long work(long x) {
        for (int i = 0; i < WORK_STEPS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    private static final int WORK_STEPS = 48;

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
