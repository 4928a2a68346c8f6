package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Does a cache-resident sum scale from one thread to two? Each thread sums its own buffer of
 * {@code n} float64 (32768 = 256 KiB: inside this machine's 512 KiB L2 per core). The groups
 * {@code one} and {@code two} run the same call with 1 and 2 threads in one JMH run; the group
 * score is the total ops/s of its threads, so scaling = two / one (the goal: >= 1.9).
 *
 * <p>{@code gil=none}: threads have no lock (the kernel's BEGIN/END are no-ops): pure hardware
 * scaling. {@code gil=held}: both threads are attached to one {@link Gil}; each op takes the lock,
 * calls the kernel with AUTO (it releases the lock around the loop, above the threshold) and
 * drops it, as an interpreter thread calling {@code numpy.sum} does; scaling then also pays for
 * re-taking a contended lock after every kernel.
 *
 * <p>Controls: {@code computeOne}/{@code computeTwo} run a dependent integer chain that touches
 * no memory (what two cores give when nothing is shared: 2.0 unless the two vCPUs are SMT
 * siblings or the host is busy), so a low sum scaling can be told apart from a busy machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Dgilkit.calibration=none"})
public class SumScalingBench {
    @Param({"32768"})
    public int n;

    @Param({"none", "held"})
    public String gil;

    /** The lock both threads attach to (gil=held). */
    @State(Scope.Benchmark)
    public static class SharedGil {
        Gil lock;

        @Setup(Level.Trial)
        public void setup() {
            GilkitNative.load();
            lock = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            lock.close();
        }
    }

    private NativeBuffer buf;
    private GilThread thread;
    private long chain = 1;

    @Setup(Level.Trial)
    public void setup(SharedGil shared) {
        buf = NativeBuffer.allocateElements(n);
        for (int i = 0; i < n; i++) buf.putDouble(i, (i % 1000) * 0.25);
        if (gil.equals("held")) thread = shared.lock.attachCurrentThread("bench-" + Thread.currentThread().getId());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (thread != null) thread.close();
        buf.close();
    }

    private double sumOnce() {
        if (thread == null) return ArrayKernels.sumF64(buf, ReleasePolicy.AUTO);
        thread.acquire();
        try {
            return ArrayKernels.sumF64(buf, ReleasePolicy.AUTO);
        } finally {
            thread.release();
        }
    }

    /** ~n/4 dependent multiply-adds: about as long as the sum of n elements, and no memory. */
    private long computeOnce() {
        long x = chain;
        for (int i = 0; i < n / 4; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        chain = x;
        return x;
    }

    @Benchmark
    @Group("one")
    @GroupThreads(1)
    public double sumOneThread() {
        return sumOnce();
    }

    @Benchmark
    @Group("two")
    @GroupThreads(2)
    public double sumTwoThreads() {
        return sumOnce();
    }

    @Benchmark
    @Group("computeOne")
    @GroupThreads(1)
    public long computeOneThread() {
        return computeOnce();
    }

    @Benchmark
    @Group("computeTwo")
    @GroupThreads(2)
    public long computeTwoThreads() {
        return computeOnce();
    }
}
