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
 * Python calls from interpreted code, the common case of issue 4: a function with positional
 * arguments ({@code g(i)}) and a method through LOAD_METHOD/CALL_METHOD ({@code a.m(i)}), each
 * in a {@code for i in range(n)} loop inside a function; one operation is one loop iteration
 * (call plus loop). {@link #emptyLoop} is the same loop without the call: subtract it for the
 * call alone. Compare with {@code python3} running the same source (CPython 3.11 here, thread
 * CPU time, loaded machine: function call about 40 ns, method call about 31 ns over the empty
 * loop).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class PyCallBench {
    static final int N = 1_000_000;
    static final String SOURCE = String.join("\n",
            "def g(x):",
            "    return x",
            "class A:",
            "    def m(self, x):",
            "        return x",
            "def call_function(n):",
            "    for i in range(n):",
            "        g(i)",
            "def call_method(n):",
            "    a = A()",
            "    for i in range(n):",
            "        a.m(i)",
            "def empty(n):",
            "    for i in range(n):",
            "        pass",
            "");

    private Session session;
    private PyObject arg;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        session = Session.open(GilPolicy.NEW, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        session.exec(SOURCE, "bench.py");
        arg = PyInt.of(N);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject function() {
        return session.call("call_function", arg);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject method() {
        return session.call("call_method", arg);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public PyObject emptyLoop() {
        return session.call("empty", arg);
    }
}
