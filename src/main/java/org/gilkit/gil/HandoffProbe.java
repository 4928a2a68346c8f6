package org.gilkit.gil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures hand-off latency: a "spinner" thread holds the lock and runs check points only, and a
 * "waiter" repeatedly asks for it. From the lock's own trace, each round's latency is the time
 * from the waiter's drop request (or, under {@link GilPolicy#LEGACY}, which has none, from its
 * request) to the waiter holding the lock. Used by {@code gilkit lockbench}; HandoffBench asks the
 * same question through JMH.
 */
public final class HandoffProbe {
    private HandoffProbe() {}

    /**
     * Runs {@code rounds} hand-offs and returns their latencies in nanoseconds, sorted. Rounds in
     * which the waiter got the lock without having to ask are left out.
     */
    public static long[] measure(GilPolicy policy, long intervalNanos, int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        if (policy == GilPolicy.OFF) return new long[0];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<GilEvent> events;
        try (Gil gil = Gil.create(policy, intervalNanos)) {
            GilTrace.enable(gil, Math.max(64, rounds * 8));
            CountDownLatch holding = new CountDownLatch(1);
            AtomicReference<GilThread> spinning = new AtomicReference<>();
            Thread spinner = new Thread(() -> {
                try (GilThread t = gil.attachCurrentThread("spinner")) {
                    t.acquire();
                    spinning.set(t);
                    holding.countDown();
                    while (!stop.get()) t.checkpoint();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    holding.countDown();
                }
            }, "handoff-spinner");
            spinner.setDaemon(true);
            spinner.start();
            try (GilThread w = gil.attachCurrentThreadOrFail("waiter", holding)) {
                for (int i = 0; i < rounds; i++) {
                    w.acquire();
                    w.release();
                    awaitHolding(spinning.get(), failure);
                }
                events = GilTrace.drain(w);
            } finally {
                stop.set(true);
                join(spinner);
            }
        }
        if (failure.get() != null) throw new IllegalStateException("hand-off spinner failed", failure.get());
        return latencies(events, policy);
    }

    /**
     * Waits until the spinner holds the lock again, so that the next round starts behind a
     * holder. Without it the waiter, which never runs a check point, often re-took the lock
     * before the woken spinner could, and such rounds (no drop request) were left out: the
     * p50 and p99 of a run were often one and the same lonely sample.
     */
    private static void awaitHolding(GilThread spinner, AtomicReference<Throwable> failure) {
        if (spinner == null) return; // the spinner failed to start: measure() reports it
        while (!spinner.holds() && failure.get() == null) Thread.onSpinWait();
    }

    private static long[] latencies(List<GilEvent> events, GilPolicy policy) {
        List<Long> out = new ArrayList<>();
        long start = -1;
        for (GilEvent e : events) {
            switch (e.type()) {
                case REQUEST -> start = policy == GilPolicy.LEGACY ? e.timeNanos() : -1;
                case DROP_REQUEST_SET -> start = e.timeNanos();
                case ACQUIRE -> {
                    if (start >= 0) out.add(e.timeNanos() - start);
                    start = -1;
                }
                default -> { }
            }
        }
        long[] a = out.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** The q-quantile (0..1) of sorted values, or -1 if there are none. */
    public static long quantile(long[] sorted, double q) {
        if (sorted.length == 0) return -1;
        int i = (int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)));
        return sorted[i];
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
