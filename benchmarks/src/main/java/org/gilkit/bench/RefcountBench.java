package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.RefcountLesson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What would atomic reference counts cost? The reason CPython kept a lock instead
 * (gilkit/lesson_refcount.h, tour scenario {@code refcount}).
 *
 * <p>Each invocation runs {@value #PAIRS} Py_INCREF/Py_DECREF pairs in C on an object header
 * ({@code RefcountLesson.run}), so the scores are nanoseconds per pair with the ~10 ns JNI call
 * spread over the pairs. {@code plain} is CPython's non-atomic update (mov/add/mov, what the GIL
 * makes safe); {@code atomic} is {@code lock add}/{@code lock xadd}, correct without a lock;
 * {@code baseline} is the call with 0 pairs. Expected, one thread, own object: atomic several
 * times plain (on this Skylake-class CPU ~5x: a locked RMW is ~18-20 cycles, a store-forwarded
 * plain one ~4-5). {@code sharedAtomicTwoThreads}: two threads on one object, whose cache line
 * then bounces between the cores: each pair is slower still (the free-threaded build's reason for
 * biased reference counting). The JMH threads hold no GIL, so no mode releases anything here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RefcountBench {
    static final int PAIRS = 1 << 16;

    /** One header per thread: uncontended. */
    @State(Scope.Thread)
    public static class Own {
        /** References held at once per round (the tour uses 64). */
        @Param({"1", "64"})
        public long refs;

        RefcountLesson obj;

        @Setup(Level.Trial)
        public void setup() {
            GilkitNative.load();
            obj = RefcountLesson.create(1);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            obj.close();
        }
    }

    /** One header shared by all threads of the benchmark. */
    @State(Scope.Benchmark)
    public static class Shared {
        RefcountLesson obj;

        @Setup(Level.Trial)
        public void setup() {
            GilkitNative.load();
            obj = RefcountLesson.create(1);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            obj.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long baseline(Own s) {
        return s.obj.run(0, s.refs, RefcountLesson.Mode.HELD);
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long plain(Own s) {
        return s.obj.run(PAIRS, s.refs, RefcountLesson.Mode.HELD);
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long atomic(Own s) {
        return s.obj.run(PAIRS, s.refs, RefcountLesson.Mode.ATOMIC);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(PAIRS)
    public long sharedAtomicTwoThreads(Shared s) {
        return s.obj.run(PAIRS, 64, RefcountLesson.Mode.ATOMIC);
    }
}
