package org.gilkit.gil;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import org.bytedeco.javacpp.Pointer;

/**
 * Reads the C eval-breaker word at a raw address: the one load of {@link GilThread#checkpoint()}'s
 * fast path, which runs at every backward jump and every Python function entry.
 *
 * <p>Why not a {@code byteBufferViewVarHandle} over the direct buffer (the earlier way): its
 * {@code getAcquire} goes through the buffer's memory-session check, bounds check and address
 * field load, and where the JIT compiles the check point on its own (the VM's call path:
 * {@code PyFunction.invoke} → {@code Eval.run}) C2 left {@code Buffer$1.bufferSegment} as an
 * out-of-line call ("unloaded signature classes"): JFR put 19% of a method-call loop's samples in
 * that check point. {@code Unsafe.getIntVolatile(null, address)} is one plain load on x86 and
 * aarch64 (a volatile load: the JIT may not hoist it out of a loop, which is what a check point
 * needs). The address stays valid while the lock lives; {@link GilThread#close()} points the
 * thread at {@link #CLOSED}, which always reads 1, before the lock can be destroyed.
 */
final class BreakerWord {
    private static final sun.misc.Unsafe UNSAFE = unsafe();
    /** A word that is always set: a stale check point after close takes the slow path and throws. */
    static final long CLOSED = closedWord();

    private BreakerWord() {}

    /** The address of the first int of a direct buffer that wraps C memory. */
    static long addressOf(ByteBuffer direct) {
        if (!direct.isDirect()) throw new IllegalArgumentException("the eval breaker must be a direct buffer");
        return new Pointer(direct).address();
    }

    /** The int at {@code address}, read with volatile (acquire) semantics. */
    static int read(long address) {
        return UNSAFE.getIntVolatile(null, address);
    }

    private static long closedWord() {
        long a = UNSAFE.allocateMemory(4); // never freed: one word per JVM
        UNSAFE.putIntVolatile(null, a, 1);
        return a;
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
