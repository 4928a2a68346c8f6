package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.ArrayKernels;
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
 * How fast is gilkit's sum of float64, next to the plain C loop a user could write?
 *
 * <p>{@code gilkitSum} is {@code ArrayKernels.sumF64} (AVX2 blocked pairwise sum, lock released
 * above the threshold); {@code cBaseline} is {@code gilkit_bench_sum_baseline}, an 8-accumulator
 * loop compiled -O3 -march=native (the baseline, ~26 GB/s here when the machine is
 * quiet); {@code javaLoop} is the same 4-accumulator loop in Java over a double[] copy.
 * Expected at 16M elements (128 MiB, memory bound): gilkitSum / cBaseline >= 0.95.
 * Scaling: {@code gilkitSumTwoThreads} at 32K elements (256 KiB, cache resident) against
 * {@code gilkitSum}; SumScalingBench asks the scaling question properly (groups of 1 and 2
 * threads in one run, with and without a lock, and a compute-only control).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SumBench {
    @Param({"16777216", "32768"})
    public int n;

    private NativeBuffer buf;
    private double[] heap;
    private long address;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        buf = NativeBuffer.allocateElements(n);
        for (int i = 0; i < n; i++) buf.putDouble(i, (i % 1000) * 0.25);
        address = BenchAccess.address(buf);
        heap = buf.toDoubleArray();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        buf.close();
    }

    @Benchmark
    public double gilkitSum() {
        return ArrayKernels.sumF64(buf, ReleasePolicy.AUTO);
    }

    @Benchmark
    public double cBaseline() {
        return GilkitNative.Bench.gilkit_bench_sum_baseline(address, n);
    }

    @Benchmark
    public double javaLoop() {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s0 += heap[i];
            s1 += heap[i + 1];
            s2 += heap[i + 2];
            s3 += heap[i + 3];
        }
        for (; i < n; i++) s0 += heap[i];
        return (s0 + s1) + (s2 + s3);
    }

    /** Two threads, each summing its own buffer: compare its ops/s with gilkitSum's at 1 thread. */
    @Benchmark
    @Threads(2)
    public double gilkitSumTwoThreads() {
        return ArrayKernels.sumF64(buf, ReleasePolicy.AUTO);
    }
}
