package org.gilkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;

/**
 * GilBench's uncontended questions timed by the thread's CPU time instead of the wall clock, for a
 * shared machine whose load makes wall-clock figures noise (the reasoning of CpuTimeCompare): the
 * JNI floor, the raw acquire+release pair, the facade pair, and BEGIN/END around a no-op kernel
 * (goal for the last three: <= 50 ns). Each is 2M operations, best of 9 rounds after a warm-up.
 * Not JMH: use it next to the JMH figures. The C floor without Java: native/bench/bench_gil_pair.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar org.gilkit.bench.GilCpuTime}
 */
public final class GilCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int OPS = 2_000_000;
    private static long sink;

    private GilCpuTime() {}

    public static void main(String[] args) {
        GilkitNative.load();
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
            report("baselineNativeNoop", GilkitNative.TestKernels::gilkit_test_noop);
            GilkitNative.gilkit_tstate ts = GilkitNative.Gil.gilkit_tstate_create(gil.nativeHandle(), "raw");
            report("uncontendedAcquireReleaseRaw", () -> {
                GilkitNative.Gil.gilkit_gil_acquire(ts);
                return GilkitNative.Gil.gilkit_gil_release(ts, 0);
            });
            GilkitNative.Gil.gilkit_tstate_destroy(ts);
            try (GilThread t = gil.attachCurrentThread("bench")) {
                report("uncontendedAcquireRelease", () -> {
                    t.acquire();
                    t.release();
                    return t.holds() ? 1 : 0;
                });
                t.acquire();
                report("beginEndNoopKernel", GilkitNative.TestKernels::gilkit_test_noop_released);
                t.release();
            }
        }
        if (sink == 42) System.out.println();
    }

    private static void report(String name, IntSupplier op) {
        for (int i = 0; i < 3 * OPS; i++) sink += op.getAsInt(); // JIT warm-up
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 9; r++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < OPS; i++) sink += op.getAsInt();
            best = Math.min(best, (double) (MX.getCurrentThreadCpuTime() - t0) / OPS);
        }
        System.out.printf(Locale.ROOT, "%-30s %7.1f ns/op (thread CPU time, best of 9)%n", name, best);
    }
}
