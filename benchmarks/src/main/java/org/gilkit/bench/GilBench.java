package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

/**
 * What the lock costs when nobody else wants it, the price every blocking call and every kernel
 * pays: (1) an acquire+release pair through the facade (two JavaCPP calls, the CAS fast path, two
 * reads of the statistics tick clock, RDTSC on x86-64); goal <= 50 ns; native/bench/bench_gil_pair
 * gives the C floor (26 ns); (2) GILKIT_BEGIN/END_ALLOW_THREADS
 * around a no-op kernel called from Java, against the same kernel without BEGIN/END; goal
 * <= 50 ns; (3) the VM's check point fast path (a countdown and an acquire-load of the C eval
 * breaker through a VarHandle, no JNI), against an empty baseline: expect about 1 ns.
 * Single-threaded; the JMH state is per thread because a GilThread belongs to its thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class GilBench {
    @Param({"new", "fifo"})
    public String policy;

    private Gil gil;
    private GilThread thread;
    private int baselineField = 1;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        gil = Gil.create(GilPolicy.parse(policy), Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        thread = gil.attachCurrentThread("bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        thread.close();
        gil.close();
    }

    /** The JNI floor: one JavaCPP call into a C function that returns 0. */
    @Benchmark
    public int baselineNativeNoop() {
        return GilkitNative.TestKernels.gilkit_test_noop();
    }

    @Benchmark
    public boolean uncontendedAcquireRelease() {
        thread.acquire();
        thread.release();
        return thread.holds();
    }

    /** The raw binding pair, without the facade's Java-side checks. */
    @Benchmark
    public int uncontendedAcquireReleaseRaw(RawState s) {
        GilkitNative.Gil.gilkit_gil_acquire(s.ts);
        return GilkitNative.Gil.gilkit_gil_release(s.ts, 0);
    }

    @Benchmark
    public int beginEndNoopKernel(HeldState s) {
        return GilkitNative.TestKernels.gilkit_test_noop_released();
    }

    @Benchmark
    public int checkpointBaseline() {
        return baselineField;
    }

    @Benchmark
    public int checkpointFastPath(HeldState s) {
        s.thread.checkpoint();
        return baselineField;
    }

    /** A thread state of its own lock, used through the binding only. */
    @State(Scope.Thread)
    public static class RawState {
        Gil gil;
        GilkitNative.gilkit_tstate ts;

        @Setup(Level.Trial)
        public void setup() {
            GilkitNative.load();
            gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
            ts = GilkitNative.Gil.gilkit_tstate_create(gil.nativeHandle(), "raw");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            GilkitNative.Gil.gilkit_tstate_destroy(ts);
            gil.close();
        }
    }

    /** A thread that holds its lock for the whole trial, as the VM does while running bytecode. */
    @State(Scope.Thread)
    public static class HeldState {
        Gil gil;
        GilThread thread;

        @Setup(Level.Trial)
        public void setup() {
            GilkitNative.load();
            gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
            thread = gil.attachCurrentThread("held");
            thread.acquire();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            thread.close();
            gil.close();
        }
    }
}
