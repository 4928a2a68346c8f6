package org.gilkit.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.gilkit.kernels.NativeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What NativeBuffer's element accessors cost, uncontended: getDouble/putDouble on one buffer
 * against a plain direct ByteBuffer of the same memory layout (the baseline: what the accessors
 * do once validated), and one bulk copy of 64 elements. The accessors register themselves on the
 * buffer for the duration of the access (two uncontended atomic adds), so that a racing close()
 * never frees memory under them; expect a few ns over the baseline per element access, and the
 * same few ns per bulk call (amortized over the elements).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class NativeBufferAccessBench {
    NativeBuffer buffer;
    ByteBuffer plain;
    double[] chunk = new double[64];
    long index = 17;

    @Setup
    public void setup() {
        buffer = NativeBuffer.allocateElements(1024);
        plain = ByteBuffer.allocateDirect(1024 * 8).order(ByteOrder.nativeOrder());
    }

    @TearDown
    public void tearDown() {
        buffer.close();
    }

    @Benchmark
    public double baselineGet() {
        return plain.getDouble((int) index * 8);
    }

    @Benchmark
    public double getDouble() {
        return buffer.getDouble(index);
    }

    @Benchmark
    public void putDouble() {
        buffer.putDouble(index, 1.5);
    }

    @Benchmark
    public double[] getDoubles64() {
        buffer.getDoubles(index, chunk, 0, 64);
        return chunk;
    }
}
