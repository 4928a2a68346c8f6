package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Control;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * How long a waiter waits for a holder that never blocks and only runs check points, per policy
 * and switch interval. One group thread ("holder") spins through checkpoint() with the lock held;
 * the other ("waiter") measures one acquire()+release(), each starting once the holder holds the
 * lock again ({@link WaiterState}). Under new and fifo the waiter sleeps until the holder's slice
 * is over (one interval after the holder took the lock back from it, minus the time the waiter
 * took to start asking), then sets the drop request: the score is at most one interval plus the
 * hand-off proper (drop request to waiter running), which `gilkit lockbench` reports exactly from
 * the lock's trace. Under legacy the score is the convoy: how long the waiter loses the re-take
 * race (the holder drops every 100 check points and re-takes at once; how often the woken waiter
 * wins depends on the scheduler). off is left out: there is nothing to hand over.
 * Baseline: the holder's checkpoint() cost is reported by the same group.
 *
 * <p>Ending cleanly. JMH ends an iteration with a barrier (preTearDown) that every group thread
 * must reach, and runs the @TearDown(Level.Iteration) methods only after it. A holder that left
 * its loop still holding the lock while the waiter was blocked in acquire() therefore hung the
 * run. So once the measurement is over ({@link Control#stopMeasurement}, set before the threads
 * leave their loops) the holder's operation releases instead of holding, and the waiter's no
 * longer asks for the lock: the waiter's last acquire() always completes, and no operation can
 * block after that. The lock is closed by the last thread to detach, not by the group's trial
 * teardown, which JMH may run on one thread before the other has detached.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HandoffBench {
    @Param({"new", "legacy", "fifo"})
    public String policy;

    @Param({"5000000", "1000"})
    public long intervalNanos;

    Gil gil;
    /** The holder's attachment (subgroup 0), for the waiter's {@link WaiterState#awaitHolder}. */
    volatile GilThread holder;
    /** Group threads attached to {@link #gil}; the last to detach closes it. */
    final AtomicInteger attached = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        gil = Gil.create(GilPolicy.parse(policy), intervalNanos);
    }

    /** Closes the lock only if no thread is attached any more (else the last detacher does). */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (attached.get() == 0) gil.close();
    }

    /** Each group thread's own attachment (thread-scoped: a GilThread belongs to its thread). */
    @State(Scope.Thread)
    public static class PerThread {
        HandoffBench bench;
        GilThread thread;

        @Setup(Level.Trial)
        public void setup(HandoffBench b, ThreadParams p) {
            bench = b;
            thread = b.gil.attachCurrentThread("jmh-" + p.getThreadIndex());
            b.attached.incrementAndGet();
            if (p.getSubgroupIndex() == 0) b.holder = thread;
        }

        /** A safety net: the holder's operations already release once the measurement is over. */
        @TearDown(Level.Iteration)
        public void releaseIfHeld() {
            if (thread.holds()) thread.release();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            thread.close();
            if (bench.attached.decrementAndGet() == 0) bench.gil.close();
        }
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public void holder(PerThread t, Control control) {
        if (control.stopMeasurement) { // let the waiter's last acquire() finish (class comment)
            if (t.thread.holds()) t.thread.release();
            return;
        }
        if (!t.thread.holds()) t.thread.acquire();
        t.thread.checkpoint();
    }

    /**
     * Makes every measured acquire() start behind a holder. The waiter never runs a check point,
     * so right after its release() it would often re-take the lock before the woken holder could,
     * and such ops (no hand-off at all, a few us) made up most samples. Not timed (an invocation
     * helper); bounded, so that it cannot hang the run once the holder has stopped.
     */
    @State(Scope.Thread)
    public static class WaiterState {
        @Setup(Level.Invocation)
        public void awaitHolder(HandoffBench b) {
            GilThread h = b.holder;
            long deadline = System.nanoTime() + 4 * b.intervalNanos + 1_000_000L;
            while (h != null && !h.holds() && System.nanoTime() < deadline) Thread.onSpinWait();
        }
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public boolean waiter(PerThread t, WaiterState w, Control control) {
        if (control.stopMeasurement) return false; // nobody will hand the lock over any more
        t.thread.acquire();
        t.thread.release();
        return t.thread.holds();
    }
}
