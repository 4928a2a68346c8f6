package org.gilkit.bench;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.GilPolicy;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.vm.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What calling a tiny kernel costs from interpreted Python, the question of issue 6's per-call
 * goal: a compiled Python loop of {@code N} iterations whose body is one call, per iteration.
 * <ul>
 * <li>{@code numpySum}: {@code a.sum()} on {@code np.ones(16)} (method lookup on ndarray, the
 *     no-argument fast path, the kernel's {@code _small} entry, a numpy.float64 result);</li>
 * <li>{@code sha256}: {@code hashlib.sha256(b64).digest()} on 64 bytes (module attribute,
 *     constructor, hash object, digest bytes);</li>
 * <li>{@code kernelsSum}: {@code kernels.sum(a)} ({@code gilkit.kernels}, keyword parsing for
 *     {@code policy=}, a Python float result);</li>
 * <li>{@code emptyLoop}: the same loop with {@code pass}: subtract it from the others to get
 *     the cost of the call alone.</li>
 * </ul>
 * The objects are locals of the function, as in {@code python3 -m timeit -s 'import numpy as
 * np; a=np.ones(16)' 'a.sum()'}, the CPython figure to compare with (NumPy: ~839 ns, hashlib:
 * ~476 ns on this machine; measure them in the same session). Goal: call minus empty loop
 * <= 100 ns. For sha256 that is below this machine's floor: a 64-byte message is two
 * compressions, each 32 dependent sha256rnds2 (~45 ns per block on the 2-core EPYC, the same
 * for OpenSSL and the JDK's intrinsic), so the C one-shot alone takes ~91-96 ns and the call
 * ~205 ns (CPU time, PyKernelCallCpuTime or {@code gilkit bench --only=call-sha256}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Dgilkit.calibration=none"})
public class PyKernelCallBench {
    static final int N = 100_000;
    static final String SOURCE = String.join("\n",
            "import numpy as np, hashlib",
            "from gilkit import kernels",
            "A = np.ones(16)",
            "B64 = bytes(64)",
            "def numpy_sum(n):",
            "    a = A",
            "    for i in range(n): a.sum()",
            "def sha256(n):",
            "    h, b = hashlib, B64",
            "    for i in range(n): h.sha256(b).digest()",
            "def kernels_sum(n):",
            "    k, a = kernels, A",
            "    for i in range(n): k.sum(a)",
            "def empty(n):",
            "    a = A",
            "    for i in range(n): pass",
            "");

    /** Read by the benchmarks so the JIT cannot constant-fold the loop bound. */
    public int n = N;

    private Session session;
    private PyObject arg;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        session = Session.open(GilPolicy.NEW, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        session.exec(SOURCE, "bench.py");
        arg = PyInt.of(n);
        for (String f : new String[] {"numpy_sum", "sha256", "kernels_sum", "empty"}) session.call(f, PyInt.of(10));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject numpySum() {
        return session.call("numpy_sum", arg);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject sha256() {
        return session.call("sha256", arg);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject kernelsSum() {
        return session.call("kernels_sum", arg);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject emptyLoop() {
        return session.call("empty", arg);
    }
}
