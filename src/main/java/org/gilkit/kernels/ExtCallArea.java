package org.gilkit.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.gilkit.binding.GilkitNative;

/**
 * The per-thread off-heap area through which {@link ExtKernel} passes a call's argument slots
 * (two int64 per parameter, {@code gilkit/ext.h}) and receives the C error message. Per thread,
 * like {@link Scratch}, because allocating native memory per call would cost more than a small
 * kernel; it is a property of the OS thread, not interpreter state. Java writes through a direct
 * ByteBuffer over the same memory (JIT-intrinsic stores instead of a JNI call per slot).
 */
final class ExtCallArea {
    /** Longs of slots: GILKIT_EXT_MAX_PARAMS * 2. */
    static final int MAX_SLOTS = ExtKernels.MAX_PARAMS * 2;
    /** GILKIT_EXT_ERROR_CAP. */
    static final int ERROR_CAP = 160;

    static {
        GilkitNative.load();
    }

    private static final ThreadLocal<ExtCallArea> AREA = ThreadLocal.withInitial(ExtCallArea::new);

    private final BytePointer memory = new BytePointer(MAX_SLOTS * 8L + ERROR_CAP);
    private final ByteBuffer view = memory.capacity(MAX_SLOTS * 8L + ERROR_CAP).asByteBuffer().order(ByteOrder.nativeOrder());
    final long slots = memory.address();
    final long error = slots + MAX_SLOTS * 8L;

    private ExtCallArea() {}

    static ExtCallArea get() {
        return AREA.get();
    }

    void put(int slot, long value) {
        view.putLong(slot * 8, value);
    }

    /** The NUL-terminated message C wrote into the error area. */
    String errorMessage() {
        int base = MAX_SLOTS * 8, n = 0;
        while (n < ERROR_CAP - 1 && view.get(base + n) != 0) n++;
        byte[] b = new byte[n];
        view.get(base, b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
