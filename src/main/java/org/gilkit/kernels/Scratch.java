package org.gilkit.kernels;

import org.bytedeco.javacpp.BytePointer;
import org.gilkit.binding.GilkitNative;

/**
 * A small per-thread off-heap area where kernels write their scalar results (C out-pointers).
 * Per thread rather than per call because allocating a Pointer costs more than a tiny kernel;
 * a thread-local scratch is a property of the OS thread, not interpreter state.
 */
final class Scratch {
    static {
        GilkitNative.load();
    }

    /** The C side writes through {@link #address}; Java reads through {@link #view}, a direct
     * ByteBuffer over the same 64 bytes, because its getters are JIT intrinsics where
     * BytePointer's are JNI calls (~10 ns each). */
    private static final ThreadLocal<Scratch> AREA = ThreadLocal.withInitial(Scratch::new);

    private final BytePointer memory = new BytePointer(64);
    final long address = memory.address();
    final java.nio.ByteBuffer view = memory.capacity(64).asByteBuffer().order(java.nio.ByteOrder.nativeOrder());

    private Scratch() {}

    static Scratch area() {
        return AREA.get();
    }

    double getDouble() {
        return view.getDouble(0);
    }

    long getLong() {
        return view.getLong(0);
    }

    byte[] bytes(int n) {
        byte[] out = new byte[n];
        view.get(0, out);
        return out;
    }
}
