package org.gilkit.bench.ext;

import java.util.concurrent.TimeUnit;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ExtKernel;
import org.gilkit.kernels.ExtKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Does the user kernel histogram (native/src/ext/histogram.c) scale on threads when it releases the
 * GIL, and not when it holds it? Started by {@code gilkit new-kernel histogram}, then edited:
 * each call bins 1M float64 values (8 MiB) into 64 bins.
 *
 * <p>Each operation is what one Python call does: take the GIL, run the kernel, drop the GIL.
 * {@code released} passes ALWAYS, {@code held} passes NEVER. With one thread both cost about
 * the same; with two ({@code *TwoThreads}, each thread on its own buffers), released should
 * give close to 2x the ops/s of one thread on 2 free cores, held about 1x: the lock serializes
 * the kernel exactly as it serializes interpreted code. Report ops/s ratios from one run:
 * {@code java -jar benchmarks/target/benchmarks.jar HistogramBench -f 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HistogramBench {
    /**
     * One GIL shared by the benchmark's threads, as one interpreter's threads share theirs. JMH
     * may tear this state down before another thread's {@link Work}, so the lock is closed by
     * whichever comes last: this tear-down or the last thread leaving.
     */
    @State(Scope.Benchmark)
    public static class Lock {
        Gil gil;
        private int users;
        private boolean finished;

        @Setup(Level.Trial)
        public void setup() {
            gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        }

        synchronized GilThread join(String name) {
            users++;
            return gil.attachCurrentThread(name);
        }

        synchronized void leave(GilThread thread) {
            thread.close();
            if (--users == 0 && finished) gil.close();
        }

        @TearDown(Level.Trial)
        public synchronized void tearDown() {
            finished = true;
            if (users == 0) gil.close();
        }
    }

    /** Each thread's GIL state and its own input and output. */
    @State(Scope.Thread)
    public static class Work {
        /** Values per call: 8 MiB, a few milliseconds, well above the threshold. */
        @Param({"1048576"})
        public int n;

        Lock lock;
        ExtKernel kernel;
        GilThread thread;
        NativeBuffer x;
        NativeBuffer counts;

        @Setup(Level.Trial)
        public void setup(Lock lock) {
            kernel = ExtKernels.get("histogram");
            this.lock = lock;
            thread = lock.join(Thread.currentThread().getName());
            x = NativeBuffer.allocateElements(n);
            counts = NativeBuffer.allocateElements(64);
            for (int i = 0; i < n; i++) x.putDouble(i, (i * 0.6180339887498949) % 1.0);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            x.close();
            counts.close();
            lock.leave(thread);
        }

        /** One Python-level call: hold the GIL around the kernel, which releases it or not. */
        NativeBuffer call(ReleasePolicy policy) {
            thread.acquire();
            try {
                return kernel.call(policy, x, 64, 0.0, 1.0, counts).get(0);
            } finally {
                thread.release();
            }
        }
    }

    @Benchmark
    public NativeBuffer released(Work w) {
        return w.call(ReleasePolicy.ALWAYS);
    }

    @Benchmark
    public NativeBuffer held(Work w) {
        return w.call(ReleasePolicy.NEVER);
    }

    @Benchmark
    @Threads(2)
    public NativeBuffer releasedTwoThreads(Work w) {
        return w.call(ReleasePolicy.ALWAYS);
    }

    @Benchmark
    @Threads(2)
    public NativeBuffer heldTwoThreads(Work w) {
        return w.call(ReleasePolicy.NEVER);
    }
}
