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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a tiny kernel call costs from Java, all validation included: the sum of {@code n} float64
 * and the SHA-256 / CRC-32C of {@code bytes} bytes through the facades. Below the thresholds the
 * facades take the tiny-call path ({@code *_small} natives: primitives in, result out, lock
 * kept, no trace events); {@code sumReleased} forces a release and re-take (ALWAYS).
 *
 * <p>Floors: {@code baselineJniSum} is the bare JNI call of the plain C loop, {@code smallJni}
 * the bare JNI call of {@code gilkit_sum_f64_small}; the facade's own cost is {@code sum} minus
 * {@code smallJni}. The C-only time of each kernel (no Java at all) is printed by
 * {@code target/cmake/bench_kernel_call}. The budget is <= 100 ns per call from
 * interpreted code (NumPy: 839 ns, hashlib: 476 ns), so the facade must leave most of it to the
 * interpreter. Expect: sum ~ smallJni + 5-15 ns; sha256 ~ C time of the hash + 15-25 ns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Dgilkit.calibration=none"})
public class KernelCallBench {
    @Param({"16"})
    public int n;

    @Param({"64"})
    public int bytes;

    private NativeBuffer elements;
    private NativeBuffer data;
    private byte[] heapData;
    private long address;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        elements = NativeBuffer.allocateElements(n);
        for (int i = 0; i < n; i++) elements.putDouble(i, i);
        heapData = new byte[bytes];
        for (int i = 0; i < bytes; i++) heapData[i] = (byte) i;
        data = NativeBuffer.of(heapData);
        address = BenchAccess.address(elements);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        elements.close();
        data.close();
    }

    @Benchmark
    public double baselineJniSum() {
        return GilkitNative.Bench.gilkit_bench_sum_baseline(address, n);
    }

    @Benchmark
    public double smallJni() {
        return GilkitNative.ArrayMath.gilkit_sum_f64_small(address, n);
    }

    @Benchmark
    public double sum() {
        return ArrayKernels.sumF64(elements, ReleasePolicy.AUTO);
    }

    @Benchmark
    public double sumReleased() {
        return ArrayKernels.sumF64(elements, ReleasePolicy.ALWAYS);
    }

    @Benchmark
    public byte[] sha256() {
        return HashKernels.digest(HashAlgorithm.SHA256, data, ReleasePolicy.AUTO);
    }

    @Benchmark
    public byte[] sha256FromByteArray() {
        return HashKernels.digest(HashAlgorithm.SHA256, heapData, 0, heapData.length, ReleasePolicy.AUTO);
    }

    @Benchmark
    public long crc32c() {
        return HashKernels.crc32c(data, 0, ReleasePolicy.AUTO);
    }
}
