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

    private static final ThreadLocal<BytePointer> AREA = ThreadLocal.withInitial(() -> new BytePointer(64));

    private Scratch() {}

    static BytePointer area() {
        return AREA.get();
    }
}
