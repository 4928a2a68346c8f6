package org.gilkit.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.ConvoyProbe;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.HandoffProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gilkit lockbench}: a short (~15 s; {@code --quick} well under 2 s) measurement
 * of the lock under every policy, printed as one table row per policy: the uncontended
 * acquire+release pair, BEGIN/END around a no-op kernel, hand-off latency at 5 ms and 1 us
 * switch intervals (p50/p99, from the lock's own trace), the convoy test (wake-up-to-running
 * p50/p99 of a thread that sleeps 1 ms in a loop behind a CPU-bound one, {@link ConvoyProbe}; under
 * {@code new} at most one 5 ms interval), and the throughput of two threads incrementing one
 * counter. These are rough in-process figures; the JMH benchmarks GilBench and
 * HandoffBench are the careful ones. Registered in {@link Main}'s subcommands.
 */
@Command(name = "lockbench", mixinStandardHelpOptions = true,
        description = "Measures the GIL under each policy (<= 20 s) and prints a table.")
public final class LockbenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "Tiny run (well under 2 s) for smoke tests; figures are noisy.")
    boolean quick;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    /** One policy's figures; -1 means "not applicable". */
    record Row(GilPolicy policy, double pairNs, double beginEndNs, long handoff5msP50, long handoff5msP99,
               long handoff1usP50, long handoff1usP99, long ioWakeP50, long ioWakeP99, double counterMopsPerSec) {}

    /** The convoy test's I/O thread sleeps this long per round (the tour's convoy.py: 1 ms). */
    static final long IO_SLEEP_NANOS = 1_000_000L;

    /**
     * The measurement runs in PASSES passes over all policies (new, legacy, fifo, off, new, ...),
     * each with a third of the work, rather than one long run per policy: on a shared machine the
     * load drifts over the ~15 s, and alternating spreads that drift over every policy instead of
     * charging it to whichever ran at the worst moment. Per-operation figures are the median of
     * the passes; latency quantiles are over the pooled samples of all passes.
     */
    static final int PASSES = 3;

    @Override
    public Integer call() {
        GilkitNative.load();
        int passes = quick ? 1 : PASSES;
        int pairOps = (quick ? 20_000 : 2_000_000) / passes;
        int rounds5ms = (quick ? 3 : 42) / passes;
        int rounds1us = (quick ? 20 : 600) / passes;
        int ioRounds = (quick ? 5 : 210) / passes;
        long counterMillis = (quick ? 20 : 500) / passes;
        Map<GilPolicy, PolicySamples> samples = new EnumMap<>(GilPolicy.class);
        for (int pass = 0; pass < passes; pass++) {
            for (GilPolicy p : GilPolicy.values()) {
                PolicySamples s = samples.computeIfAbsent(p, k -> new PolicySamples());
                s.handoff5ms.add(HandoffProbe.measure(p, Gil.DEFAULT_SWITCH_INTERVAL_NANOS, rounds5ms));
                s.handoff1us.add(HandoffProbe.measure(p, Gil.MIN_SWITCH_INTERVAL_NANOS, rounds1us));
                s.ioWake.add(ConvoyProbe.measure(p, Gil.DEFAULT_SWITCH_INTERVAL_NANOS, IO_SLEEP_NANOS, ioRounds));
                s.pairNs.add(pairNs(p, pairOps));
                s.beginEndNs.add(beginEndNs(p, pairOps));
                s.counterMops.add(counterMops(p, counterMillis));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (GilPolicy p : GilPolicy.values()) rows.add(samples.get(p).row(p));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? toJson(rows) : toTable(rows));
        out.flush();
        return 0;
    }

    /** One policy's figures from every pass. */
    private static final class PolicySamples {
        final List<Double> pairNs = new ArrayList<>();
        final List<Double> beginEndNs = new ArrayList<>();
        final List<Double> counterMops = new ArrayList<>();
        final List<long[]> handoff5ms = new ArrayList<>();
        final List<long[]> handoff1us = new ArrayList<>();
        final List<long[]> ioWake = new ArrayList<>();

        Row row(GilPolicy p) {
            long[] h5 = pooled(handoff5ms), h1 = pooled(handoff1us), io = pooled(ioWake);
            return new Row(p, median(pairNs), median(beginEndNs),
                    HandoffProbe.quantile(h5, 0.5), HandoffProbe.quantile(h5, 0.99),
                    HandoffProbe.quantile(h1, 0.5), HandoffProbe.quantile(h1, 0.99),
                    HandoffProbe.quantile(io, 0.5), HandoffProbe.quantile(io, 0.99), median(counterMops));
        }

        private static long[] pooled(List<long[]> runs) {
            long[] all = runs.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            java.util.Arrays.sort(all);
            return all;
        }

        private static double median(List<Double> values) {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    /**
     * The calling thread's CPU time in ns (wall time if the JVM cannot tell): per-operation costs
     * are CPU time, which other processes on a shared machine do not inflate.
     */
    private static long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Chunks per per-operation measurement; the cheapest chunk counts (see {@link #pairNs}). */
    static final int CHUNKS = 10;

    /**
     * CPU ns per acquire+release pair after as many warm-up pairs (C2 + OSR): the cheapest of
     * {@link #CHUNKS} chunks of {@code ops / CHUNKS} pairs. On a VM whose host is busy, even a
     * thread's CPU time grows when the vCPU is descheduled or its caches are flushed; the cheapest
     * chunk is the one that such interference touched least (CpuTimeCompare's reasoning). The
     * loops are written out, not passed in as a Runnable: a shared call site seeing several
     * lambdas made the JIT's code, and so the figure, depend on which policy ran first.
     */
    private static double pairNs(GilPolicy p, int ops) {
        try (Gil gil = Gil.create(p, Gil.DEFAULT_SWITCH_INTERVAL_NANOS); GilThread t = gil.attachCurrentThread("bench")) {
            int per = Math.max(1, ops / CHUNKS);
            double best = Double.MAX_VALUE;
            for (int c = -CHUNKS; c < CHUNKS; c++) { // the first CHUNKS chunks are the warm-up
                long t0 = cpuNanos();
                for (int i = 0; i < per; i++) {
                    t.acquire();
                    t.release();
                }
                if (c >= 0) best = Math.min(best, (cpuNanos() - t0) / (double) per);
            }
            return best;
        }
    }

    /** BEGIN/END around a no-op kernel, measured as {@link #pairNs}. */
    private static double beginEndNs(GilPolicy p, int ops) {
        try (Gil gil = Gil.create(p, Gil.DEFAULT_SWITCH_INTERVAL_NANOS); GilThread t = gil.attachCurrentThread("bench")) {
            t.acquire();
            int per = Math.max(1, ops / CHUNKS);
            double best = Double.MAX_VALUE;
            for (int c = -CHUNKS; c < CHUNKS; c++) {
                long t0 = cpuNanos();
                for (int i = 0; i < per; i++) GilkitNative.TestKernels.gilkit_test_noop_released();
                if (c >= 0) best = Math.min(best, (cpuNanos() - t0) / (double) per);
            }
            t.release();
            return best;
        }
    }

    private static final class Counter {
        long value;
    }

    /** Two threads increment one counter under the lock (1 us interval) for `millis`. */
    private static double counterMops(GilPolicy p, long millis) {
        Counter c = new Counter();
        long[] start = new long[1];
        try (Gil gil = Gil.create(p, Gil.MIN_SWITCH_INTERVAL_NANOS)) {
            long deadline = System.nanoTime() + millis * 1_000_000L;
            Runnable body = () -> {
                try (GilThread t = gil.attachCurrentThread(Thread.currentThread().getName())) {
                    t.acquire();
                    while (System.nanoTime() < deadline) {
                        for (int k = 0; k < 64; k++) {
                            c.value++;
                            t.checkpoint();
                        }
                    }
                    t.release();
                }
            };
            start[0] = System.nanoTime();
            Thread a = new Thread(body, "counter-a");
            Thread b = new Thread(body, "counter-b");
            a.start();
            b.start();
            join(a);
            join(b);
        }
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        return c.value / seconds / 1e6;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String toTable(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        String head = "%-7s %10s %13s %21s %21s %21s %15s%n";
        sb.append(String.format(Locale.ROOT, head, "policy", "pair ns", "begin/end ns",
                "handoff@5ms p50/p99", "handoff@1us p50/p99", "io wake@5ms p50/p99", "counter Mops/s"));
        sb.append(String.format(Locale.ROOT, head, "", "", "", "(us)", "(us)", "(us)", "(2 threads)"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-7s %10.1f %13.1f %21s %21s %21s %15.2f%n", r.policy().cliName(),
                    r.pairNs(), r.beginEndNs(), pair(r.handoff5msP50(), r.handoff5msP99()),
                    pair(r.handoff1usP50(), r.handoff1usP99()), pair(r.ioWakeP50(), r.ioWakeP99()),
                    r.counterMopsPerSec()));
        }
        sb.append("pair, begin/end: thread CPU time per operation (cheapest of " + CHUNKS + " chunks), median of " + PASSES
                + " passes that alternate the policies (--quick: 1); latencies: quantiles of all passes' samples.\n");
        sb.append("hand-off: from the waiter's drop request (legacy: its request) to it holding the lock;"
                + " off has no lock (n/a).\n");
        sb.append("io wake: a thread sleeping 1 ms in a loop behind a CPU-bound one, from waking up to holding"
                + " the lock (new: at most one interval; legacy: the convoy).\n");
        return sb.toString();
    }

    private static String pair(long p50, long p99) {
        if (p50 < 0) return "n/a";
        return String.format(Locale.ROOT, "%.1f / %.1f", p50 / 1e3, p99 / 1e3);
    }

    static String toJson(List<Row> rows) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append(String.format(Locale.ROOT,
                    "  {\"policy\": \"%s\", \"pair_ns\": %.2f, \"begin_end_ns\": %.2f, \"handoff_5ms_p50_ns\": %d,"
                            + " \"handoff_5ms_p99_ns\": %d, \"handoff_1us_p50_ns\": %d, \"handoff_1us_p99_ns\": %d,"
                            + " \"io_wake_5ms_p50_ns\": %d, \"io_wake_5ms_p99_ns\": %d,"
                            + " \"counter_mops_per_s\": %.3f}%s%n",
                    r.policy().cliName(), r.pairNs(), r.beginEndNs(), r.handoff5msP50(), r.handoff5msP99(),
                    r.handoff1usP50(), r.handoff1usP99(), r.ioWakeP50(), r.ioWakeP99(), r.counterMopsPerSec(),
                    i + 1 < rows.size() ? "," : ""));
        }
        return sb.append("]\n").toString();
    }
}
