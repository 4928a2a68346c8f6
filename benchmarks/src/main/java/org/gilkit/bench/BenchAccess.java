package org.gilkit.bench;

import java.lang.reflect.Method;
import org.gilkit.kernels.NativeBuffer;

/**
 * Gives the benchmarks the raw address of a NativeBuffer, to call the C baseline loops directly
 * (NativeBuffer.address() is package-private on purpose: only the facades may use addresses).
 */
final class BenchAccess {
    private BenchAccess() {}

    static long address(NativeBuffer b) {
        try {
            Method m = NativeBuffer.class.getDeclaredMethod("address");
            m.setAccessible(true);
            return (long) m.invoke(b);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read NativeBuffer.address()", e);
        }
    }
}
