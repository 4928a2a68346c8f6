package org.gilkit.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;

/**
 * Issue 6's SHA-256 throughput goals side by side in one run: gilkit's kernel over a 64 MiB
 * NativeBuffer, Java's MessageDigest over the same bytes, and {@code openssl speed -evp sha256
 * -bytes 16384} (run as a child process when {@code openssl} is on the PATH), printed as MB/s
 * and as the ratios the issue names (gilkit >= 1.0x openssl per core, >= 1.2x MessageDigest).
 * Timed by the thread's CPU time, best of 5, as {@code openssl speed} divides by CPU time too:
 * on the shared 2-core machine wall-clock figures swing by 2x with the other processes' load.
 * Sha256Bench (JMH) asks the same of gilkit and MessageDigest with wall-clock throughput.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar org.gilkit.bench.Sha256Throughput}
 */
public final class Sha256Throughput {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int SIZE = 64 << 20;

    private Sha256Throughput() {}

    public static void main(String[] args) throws Exception {
        GilkitNative.load();
        byte[] heap = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) heap[i] = (byte) (i * 31 + 7);
        try (NativeBuffer buf = NativeBuffer.of(heap)) {
            double gilkit = best(() -> HashKernels.digest(HashAlgorithm.SHA256, buf, ReleasePolicy.NEVER));
            MessageDigest md = messageDigest();
            double java = best(() -> md.digest(heap));
            double openssl = openssl();
            System.out.printf(Locale.ROOT, "sha256 of 64 MiB, one thread, MB/s of CPU time (best of 5)%n");
            System.out.printf(Locale.ROOT, "  gilkit (%s)        %8.0f%n", isShaNi() ? "SHA-NI" : "portable", gilkit);
            System.out.printf(Locale.ROOT, "  Java MessageDigest     %8.0f   gilkit/MessageDigest = %.2fx (goal >= 1.2x)%n", java, gilkit / java);
            if (openssl > 0) {
                System.out.printf(Locale.ROOT, "  openssl speed -evp     %8.0f   gilkit/openssl = %.2fx (goal >= 1.0x)%n", openssl, gilkit / openssl);
            } else {
                System.out.printf(Locale.ROOT, "  openssl: not run (no openssl on the PATH or unreadable output)%n");
            }
        }
    }

    private static boolean isShaNi() {
        return org.gilkit.kernels.KernelThresholds.isAccelerated(org.gilkit.kernels.Kernel.SHA256);
    }

    private static MessageDigest messageDigest() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    /** MB/s of the best of 5 timings (after 2 warm-up calls). */
    private static double best(Runnable hash) {
        hash.run();
        hash.run();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long t0 = MX.getCurrentThreadCpuTime();
            hash.run();
            best = Math.min(best, MX.getCurrentThreadCpuTime() - t0);
        }
        return SIZE / (best / 1e9) / 1e6;
    }

    /** openssl's figure for 16 KiB blocks in MB/s (its "k" is 1000 bytes), or 0 if unavailable. */
    private static double openssl() {
        try {
            Process p = new ProcessBuilder("openssl", "speed", "-evp", "sha256", "-bytes", "16384", "-seconds", "3")
                    .redirectErrorStream(true).start();
            String last = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) if (line.startsWith("sha256")) last = line;
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || last == null) return 0;
            String[] f = last.trim().split("\\s+");
            return Double.parseDouble(f[f.length - 1].replace("k", "")) / 1000;
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
