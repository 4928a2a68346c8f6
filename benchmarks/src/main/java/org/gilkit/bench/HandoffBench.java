package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * How long a waiter waits for a holder that never blocks and only runs check points, per policy
 * and switch interval. One group thread ("holder") spins through checkpoint() with the lock held;
 * the other ("waiter") measures one acquire()+release(). Under new and fifo the waiter first
 * sleeps until the holder's slice is over (one interval after the holder took the lock back from
 * it, i.e. about one interval), then sets the drop request, so the hand-off latency proper (drop
 * request to waiter running) is roughly score minus the interval; `gilkit lockbench` reports it exactly
 * from the lock's trace. Under legacy the score is the convoy: how long the waiter loses the
 * re-take race (expect it far above the interval). off is left out: there is nothing to hand over.
 * Baseline: the holder's checkpoint() cost is reported by the same group.
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

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        gil = Gil.create(GilPolicy.parse(policy), intervalNanos);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gil.close();
    }

    /** Each group thread's own attachment (thread-scoped: a GilThread belongs to its thread). */
    @State(Scope.Thread)
    public static class PerThread {
        GilThread thread;

        @Setup(Level.Trial)
        public void setup(HandoffBench b, ThreadParams p) {
            thread = b.gil.attachCurrentThread("jmh-" + p.getThreadIndex());
        }

        /** The holder must not keep the lock after its last op, or the waiter's op never ends. */
        @TearDown(Level.Iteration)
        public void releaseIfHeld() {
            if (thread.holds()) thread.release();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            thread.close();
        }
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public void holder(PerThread t) {
        if (!t.thread.holds()) t.thread.acquire();
        t.thread.checkpoint();
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public boolean waiter(PerThread t) {
        t.thread.acquire();
        t.thread.release();
        return t.thread.holds();
    }
}
