package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one crossing into libgilkit costs, the floor under every other native figure: a JavaCPP
 * call that returns a static C string, against a Java baseline returning a field. Expect about
 * 8-9 ns more than the baseline per call on this class of machine (BUILD-NOTES TL;DR).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class NativeCallBench {
    private String javaVersion;

    @Setup
    public void setup() {
        GilkitNative.load();
        javaVersion = "0.1.0";
    }

    @Benchmark
    public String baseline() {
        return javaVersion;
    }

    @Benchmark
    public String nativeVersion() {
        return GilkitNative.gilkit_version();
    }
}
