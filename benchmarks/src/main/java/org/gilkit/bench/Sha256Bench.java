package org.gilkit.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.KernelThresholds;
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
 * SHA-256 throughput: gilkit (SHA-NI when present, or the portable C when {@code impl=portable})
 * vs Java's MessageDigest (the JDK's intrinsic), over 64 MiB. Expected: gilkit >= 1.2x
 * MessageDigest, and >= 1.0x {@code openssl speed -bytes 16384 -seconds 3 sha256} per core
 * (run benchmarks/openssl-sha256.sh next to it; ~1.8 GB/s here when quiet). Two threads
 * ({@code gilkitTwoThreads}) each hash their own buffer with the lock released: ~2x one thread.
 * Throughput in bytes/s = ops/s * size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class Sha256Bench {
    @Param({"67108864"})
    public int size;

    @Param({"auto", "portable"})
    public String impl;

    private NativeBuffer buf;
    private byte[] heap;
    private MessageDigest md;

    @Setup(Level.Trial)
    public void setup() throws NoSuchAlgorithmException {
        GilkitNative.load();
        KernelThresholds.forcePortable(Kernel.SHA256, impl.equals("portable"));
        heap = new byte[size];
        for (int i = 0; i < size; i++) heap[i] = (byte) (i * 31 + 7);
        buf = NativeBuffer.of(heap);
        md = MessageDigest.getInstance("SHA-256");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        buf.close();
        KernelThresholds.forcePortable(Kernel.SHA256, false);
    }

    @Benchmark
    public byte[] gilkit() {
        return HashKernels.digest(HashAlgorithm.SHA256, buf, ReleasePolicy.AUTO);
    }

    @Benchmark
    public byte[] javaMessageDigest() {
        return md.digest(heap);
    }

    @Benchmark
    @Threads(2)
    public byte[] gilkitTwoThreads() {
        return HashKernels.digest(HashAlgorithm.SHA256, buf, ReleasePolicy.AUTO);
    }
}
