package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a tiny kernel call costs from Java, all validation included: the sum of 16 float64 and
 * the SHA-256 of 64 bytes through the facades (below their thresholds, so the lock is kept), the
 * same sum with ALWAYS (adds a release and re-take), and the bare JNI call of the C baseline as
 * the floor. The budget is <= 100 ns per call from interpreted code (NumPy: 839 ns,
 * hashlib: 476 ns); this measures the facade's share of it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class KernelCallBench {
    private NativeBuffer sixteen;
    private NativeBuffer bytes64;
    private long address;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        sixteen = NativeBuffer.allocateElements(16);
        for (int i = 0; i < 16; i++) sixteen.putDouble(i, i);
        bytes64 = NativeBuffer.allocate(64);
        address = BenchAccess.address(sixteen);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sixteen.close();
        bytes64.close();
    }

    @Benchmark
    public double baselineJniSum16() {
        return GilkitNative.Bench.gilkit_bench_sum_baseline(address, 16);
    }

    @Benchmark
    public double sum16() {
        return ArrayKernels.sumF64(sixteen, ReleasePolicy.AUTO);
    }

    @Benchmark
    public double sum16Released() {
        return ArrayKernels.sumF64(sixteen, ReleasePolicy.ALWAYS);
    }

    @Benchmark
    public byte[] sha256of64() {
        return HashKernels.digest(HashAlgorithm.SHA256, bytes64, ReleasePolicy.AUTO);
    }
}
