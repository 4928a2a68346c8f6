package org.gilkit.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;

/** Deterministic multi-threaded workloads for the trace tests (they end on events, not on time). */
final class Workloads {
    private Workloads() {}

    /**
     * {@code n} threads spin through check points until every one of them has held the lock and
     * the lock has changed hands at least {@code switches} more times (like seed_threads_cpu.py).
     */
    static void takeTurns(Gil gil, int n, long switches) throws Exception {
        AtomicInteger started = new AtomicInteger();
        long target = gil.switchCount() + switches;
        runAll(n, i -> {
            try (GilThread t = gil.attachCurrentThread("cpu-" + i)) {
                t.acquire();
                started.incrementAndGet();
                while (started.get() < n || gil.switchCount() < target) t.checkpoint();
                t.release();
            }
        });
    }

    /** Two threads take the (unlocked) lock and meet while both "hold" it: only meaningful under off. */
    static void holdTogether(Gil gil) throws Exception {
        CyclicBarrier bothHolding = new CyclicBarrier(2);
        runAll(2, i -> {
            try (GilThread t = gil.attachCurrentThread("racer-" + i)) {
                t.acquire();
                await(bothHolding);
                await(bothHolding); // both stay "holding" until both have passed the first meeting
                t.release();
            }
        });
    }

    /**
     * Two threads call the rendezvous test kernel, wrapped in KERNEL_BEGIN/END named
     * "test_rendezvous"; {@code release}: whether it drops the lock. Returns how many met.
     */
    static int rendezvous(Gil gil, boolean release, long timeoutNanos) throws Exception {
        AtomicInteger met = new AtomicInteger();
        int id = GilTrace.kernelId("test_rendezvous");
        runAll(2, i -> {
            try (GilThread t = gil.attachCurrentThread("kernel-" + i)) {
                t.acquire();
                GilTrace.kernelBegin(id, 4096);
                met.addAndGet(GilkitNative.TestKernels.gilkit_test_rendezvous(2, timeoutNanos, release ? 1 : 0));
                GilTrace.kernelEnd(id, 4096, release);
                t.release();
            }
        });
        return met.get();
    }

    /** One thread sleeps {@code millis} with the lock released for blocking, reporting the call. */
    static void sleepBlocked(Gil gil, TraceSession session, long millis) throws Exception {
        runAll(1, i -> {
            try (GilThread t = gil.attachCurrentThread("sleeper")) {
                ThreadRecorder rec = session.recorder(t);
                t.acquire();
                rec.blockedBegin("sleep");
                t.releaseForBlocking();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                t.acquire();
                rec.blockedEnd();
                t.release();
            }
        });
    }

    interface Body {
        void run(int i) throws Exception;
    }

    /** Runs {@code n} platform threads and rethrows the first failure. */
    static void runAll(int n, Body body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Thread th = new Thread(() -> {
                try {
                    body.run(k);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "workload-" + i);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        if (failure.get() != null) throw new AssertionError("a workload thread failed", failure.get());
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
