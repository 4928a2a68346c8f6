package org.gilkit.tour;

import java.util.ArrayList;
import java.util.List;

/** Every {@code gilkit bench} row, in report order. */
public final class BenchItems {
    private static final int SHA_BYTES = 1 << 20;
    private static final int SUM_BYTES = 8 << 20;

    private static final List<BenchItem> ALL = List.of(
            new BenchItem("loop", "interpreter loop, total += i", "bench/loop", "ns_per_iter", "ns",
                    s -> List.of(s.seconds(), s.size().pick(5, 5, 1)), true),
            new BenchItem("cpu-threads", "CPU work, 1 vs N threads", "bench/threads", "speedup", "x",
                    s -> List.of(s.threads(), s.seconds(), s.rounds()), true),
            kernel("sha256-released", "sha256 1 MiB, 1 vs N threads, released", "sha256", "always", SHA_BYTES, true),
            kernel("sha256-held", "sha256 1 MiB, 1 vs N threads, held", "sha256", "never", SHA_BYTES, false),
            kernel("sum-released", "sum 1M float64, 1 vs N threads, released", "sum", "always", SUM_BYTES, true),
            kernel("sum-held", "sum 1M float64, 1 vs N threads, held", "sum", "never", SUM_BYTES, false),
            new BenchItem("sha256-throughput", "sha256 64 MiB, 1 thread (CPython: OpenSSL)", "bench/throughput", "mb_per_s",
                    "MB/s", s -> List.of(s.size().pick(64 << 20, 64 << 20, 4096), s.seconds(), s.size().pick(5, 3, 1)), true),
            call("call-py-function", "g(i), a Python function, per call", "py-function", true),
            call("call-py-method", "a.m(i), a Python method, per call", "py-method", true),
            call("call-sha256", "hashlib.sha256(64 B).digest() per call", "sha256-64", true),
            call("call-kernels-sha256", "gilkit.kernels.sha256(64 B) per call", "kernels-sha256-64", false),
            call("call-numpy-sum", "numpy a.sum(), 16 elements, per call", "numpy-sum-16", true),
            call("call-kernels-sum", "gilkit.kernels.sum(16 elements) per call", "kernels-sum-16", false));

    private BenchItems() {}

    private static BenchItem kernel(String name, String title, String kernel, String policy, int bytes, boolean onCPython) {
        return new BenchItem(name, title, "bench/kernel", "speedup", "x",
                s -> List.of(kernel, policy, s.threads(), s.seconds(), s.rounds(), s.size().pick(bytes, bytes, 4096)),
                onCPython);
    }

    private static BenchItem call(String name, String title, String kind, boolean onCPython) {
        return new BenchItem(name, title, "bench/call", "ns_per_call", "ns",
                s -> List.of(kind, s.seconds(), s.size().pick(5, 5, 1)), onCPython);
    }

    /** All rows in report order. */
    public static List<BenchItem> all() {
        return ALL;
    }

    /** The row names, in order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (BenchItem b : ALL) names.add(b.name());
        return names;
    }

    /**
     * The named rows in report order.
     * @throws TourException naming the unknown row and listing the known ones
     */
    public static List<BenchItem> select(List<String> wanted) {
        for (String w : wanted) {
            if (!names().contains(w)) {
                throw new TourException("unknown bench '" + w + "' (known: " + String.join(", ", names()) + ")");
            }
        }
        List<BenchItem> out = new ArrayList<>();
        for (BenchItem b : ALL) if (wanted.contains(b.name())) out.add(b);
        return out;
    }
}
