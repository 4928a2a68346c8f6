package org.gilkit.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.BytePointer;
import org.gilkit.binding.GilkitNative;

/**
 * Per-thread off-heap areas for the facades: 64 bytes where kernels write results that do not
 * fit a return value (digests), and a lazily allocated staging area of {@link #STAGE_BYTES} where
 * small Java byte arrays are copied so a kernel can read them without allocating a NativeBuffer
 * per call (a malloc, a memset and a JavaCPP deallocator cost several times a tiny hash).
 *
 * <p>Per thread rather than per call because allocating a Pointer costs more than a tiny kernel;
 * a thread-local scratch is a property of the OS thread, not interpreter state. Safe while a
 * kernel releases the GIL: only the calling thread uses its areas, and it is inside the kernel.
 */
final class Scratch {
    /** Byte arrays up to this size are staged here; larger ones get a NativeBuffer per call. */
    static final int STAGE_BYTES = 16 * 1024;

    static {
        GilkitNative.load();
    }

    private static final ThreadLocal<Scratch> AREA = ThreadLocal.withInitial(Scratch::new);

    /** 192 bytes for a 64-byte area on a cache line of its own: kernels write results here from
     * every thread at once, and two threads' areas sharing a line would ping-pong it (false
     * sharing) between cores on every call. */
    private final BytePointer memory = new BytePointer(192);
    /** The C side writes through this address (64-byte aligned). */
    final long address = (memory.address() + 63) & -64L;
    /** Java reads through a direct ByteBuffer over the same 64 bytes: its getters are JIT
     * intrinsics, where BytePointer's are JNI calls (~10 ns each). */
    private final ByteBuffer view = memory.capacity(192).asByteBuffer()
            .position((int) (address - memory.address())).limit((int) (address - memory.address()) + 64)
            .slice().order(ByteOrder.nativeOrder());
    private BytePointer stageMemory; // STAGE_BYTES, allocated on first use
    private ByteBuffer stageView;

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

    /** The first {@code n} result bytes as a new array. */
    byte[] bytes(int n) {
        byte[] out = new byte[n];
        view.get(0, out);
        return out;
    }

    /**
     * Copies {@code src[off .. off+len)} into the staging area and returns its address.
     * @pre 0 <= len <= STAGE_BYTES and the range is inside src (the caller checked)
     */
    long stage(byte[] src, int off, int len) {
        if (stageMemory == null) {
            stageMemory = new BytePointer(STAGE_BYTES);
            stageView = stageMemory.capacity(STAGE_BYTES).asByteBuffer();
        }
        stageView.put(0, src, off, len);
        return stageMemory.address();
    }
}
