package org.gilkit.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.GilPolicy;
import org.gilkit.runtime.PyInt;
import org.gilkit.vm.Session;

/**
 * PyKernelCallBench's question timed by the thread's CPU time instead of the wall clock, for a
 * shared machine whose load makes wall-clock figures noise (the reasoning of CpuTimeCompare):
 * each Python loop of PyKernelCallBench runs {@code N} iterations, best of 7 rounds after a
 * warm-up, and the empty loop is subtracted. Not JMH: use it next to the JMH figures. CPython's
 * counterpart, timed the same way: {@code benchmarks/py-kernel-call-cpython.py}.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar org.gilkit.bench.PyKernelCallCpuTime}
 */
public final class PyKernelCallCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int N = 1_000_000;

    private PyKernelCallCpuTime() {}

    public static void main(String[] args) {
        GilkitNative.load();
        System.setProperty("gilkit.calibration", "none");
        try (Session s = Session.open(GilPolicy.NEW, OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            s.exec(PyKernelCallBench.SOURCE, "bench.py");
            String[] fns = {"empty", "numpy_sum", "sha256", "kernels_sum"};
            for (int warm = 0; warm < 3; warm++) for (String f : fns) s.call(f, PyInt.of(N));
            double empty = best(s, "empty");
            System.out.printf(Locale.ROOT, "%-12s %8.1f ns/iteration%n", "empty", empty);
            for (int i = 1; i < fns.length; i++) {
                double t = best(s, fns[i]);
                System.out.printf(Locale.ROOT, "%-12s %8.1f ns/iteration, %6.1f ns/call after the empty loop%n", fns[i], t, t - empty);
            }
        }
    }

    private static double best(Session s, String f) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long t0 = MX.getCurrentThreadCpuTime();
            s.call(f, PyInt.of(N));
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - t0) / (double) N);
        }
        return best;
    }
}
