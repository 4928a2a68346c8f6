package org.gilkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;

/**
 * The JMH comparisons of Sha256Bench and KernelCallBench again, timed by the thread's CPU time
 * instead of the wall clock, for a shared machine where other processes take the cores: wall
 * time then measures the machine's load more than the code (as openssl speed, which divides by
 * CPU time unless given -elapsed). Alternates the contenders, keeps each one's best of 5 rounds.
 * Not JMH (no forks, no blackholes beyond a sink): use it next to the JMH figures, not instead.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar org.gilkit.bench.CpuTimeCompare}
 */
public final class CpuTimeCompare {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static long sink;

    private CpuTimeCompare() {}

    public static void main(String[] args) throws Exception {
        GilkitNative.load();
        System.setProperty("gilkit.calibration", "none");
        int size = 64 << 20;
        byte[] heap = new byte[size];
        for (int i = 0; i < size; i++) heap[i] = (byte) (i * 31 + 7);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (NativeBuffer buf = NativeBuffer.of(heap); NativeBuffer b64 = NativeBuffer.allocate(64);
                NativeBuffer e16 = NativeBuffer.allocateElements(16)) {
            LongSupplier gilkit = () -> HashKernels.digest(HashAlgorithm.SHA256, buf, ReleasePolicy.AUTO)[0];
            LongSupplier java = () -> md.digest(heap)[0];
            double g = best(gilkit, 1), j = best(java, 1);
            for (int r = 0; r < 4; r++) {
                g = Math.min(g, best(gilkit, 1));
                j = Math.min(j, best(java, 1));
            }
            System.out.printf(Locale.ROOT, "sha256 64 MiB: gilkit %.0f MB/s, MessageDigest %.0f MB/s, ratio %.3f%n",
                    size / g * 1e3, size / j * 1e3, j / g);
            byte[] small = new byte[64];
            LongSupplier tinyG = () -> HashKernels.digest(HashAlgorithm.SHA256, b64, ReleasePolicy.AUTO)[0];
            LongSupplier tinyJ = () -> md.digest(small)[0];
            LongSupplier sum16 = () -> (long) ArrayKernels.sumF64(e16, ReleasePolicy.AUTO);
            double tg = Double.MAX_VALUE, tj = Double.MAX_VALUE, ts = Double.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                tg = Math.min(tg, best(tinyG, 200_000));
                tj = Math.min(tj, best(tinyJ, 200_000));
                ts = Math.min(ts, best(sum16, 1_000_000));
            }
            System.out.printf(Locale.ROOT, "sha256 64 B: gilkit %.1f ns/call, MessageDigest %.1f ns/call; sum of 16 float64: %.1f ns/call%n", tg, tj, ts);
            LongSupplier hasherG = () -> {
                try (org.gilkit.kernels.Hasher h = HashKernels.newHasher(HashAlgorithm.SHA256, 0)) {
                    return h.update(small).digest()[0];
                }
            };
            LongSupplier hasherJ = () -> {
                try {
                    MessageDigest m = MessageDigest.getInstance("SHA-256");
                    m.update(small);
                    return m.digest()[0];
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            };
            double hg = Double.MAX_VALUE, hj = Double.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                hg = Math.min(hg, best(hasherG, 100_000));
                hj = Math.min(hj, best(hasherJ, 100_000));
            }
            System.out.printf(Locale.ROOT, "new hasher + update(64 B) + digest: gilkit Hasher %.1f ns, MessageDigest %.1f ns%n", hg, hj);
            LongSupplier alloc = () -> {
                try (NativeBuffer b = NativeBuffer.allocateElements(16)) {
                    return b.byteSize();
                }
            };
            LongSupplier add16 = () -> {
                ArrayKernels.binaryF64(org.gilkit.kernels.BinaryOp.ADD, e16, e16, e16, ReleasePolicy.AUTO);
                return 1;
            };
            double ta = Double.MAX_VALUE, tadd = Double.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                ta = Math.min(ta, best(alloc, 100_000));
                tadd = Math.min(tadd, best(add16, 1_000_000));
            }
            System.out.printf(Locale.ROOT, "NativeBuffer allocate+close of 16 float64: %.1f ns; add of 16 float64 in place: %.1f ns%n", ta, tadd);
        }
        if (sink == 42) System.out.println();
    }

    /** CPU nanoseconds per call over {@code reps} calls (after as many warm-up calls). */
    private static double best(LongSupplier call, int reps) {
        for (int i = 0; i < Math.min(reps, 20_000); i++) sink += call.getAsLong();
        long t0 = MX.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) sink += call.getAsLong();
        return (MX.getCurrentThreadCpuTime() - t0) / (double) reps;
    }
}
