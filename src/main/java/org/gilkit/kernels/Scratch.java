package org.gilkit.kernels;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.BytePointer;
import org.gilkit.binding.GilkitNative;

/**
 * Per-thread off-heap areas for the facades: 64 bytes where kernels write results that do not
 * fit a return value (digests), 128 bytes where a {@link Hasher}'s state is worked on (hashers
 * keep their state on the Java heap and copy it here around each C call), and a lazily
 * allocated staging area of {@link #STAGE_BYTES} where small Java byte arrays are copied so a
 * kernel can read them without allocating a NativeBuffer per call (a malloc, a memset and a
 * JavaCPP deallocator cost several times a tiny hash).
 *
 * <p>Per thread rather than per call because allocating a Pointer costs more than a tiny kernel;
 * a thread-local scratch is a property of the OS thread, not interpreter state. Safe while a
 * kernel releases the GIL: only the calling thread uses its areas, and it is inside the kernel.
 * The areas start on a cache line of their own: kernels write results here from every thread at
 * once, and two threads' areas sharing a line would ping-pong it between cores (false sharing).
 */
final class Scratch {
    /** Byte arrays up to this size are staged here; larger ones get a NativeBuffer per call. */
    static final int STAGE_BYTES = 16 * 1024;
    /** Room for any hash state (C: GILKIT_HASH_MAX_STATE_SIZE). */
    static final int STATE_BYTES = 128;
    private static final int RESULT_BYTES = 64;

    static {
        GilkitNative.load();
    }

    /** Copies up to this many bytes between arrays and the areas 8 at a time (see {@link #copyOut}). */
    private static final int WORD_COPY_MAX = 256;
    /** A byte[] read and written as native-order longs at any offset: a JIT intrinsic (one mov). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private static final ThreadLocal<Scratch> AREA = ThreadLocal.withInitial(Scratch::new);

    private final BytePointer memory = new BytePointer(RESULT_BYTES + STATE_BYTES + 2 * 64);
    /** The C side writes results through this address (64-byte aligned). */
    final long address = (memory.address() + 63) & -64L;
    /** Where a hasher's state is copied for a C call (64-byte aligned, after the results). */
    final long stateAddress = address + RESULT_BYTES;
    /** Java reads through direct ByteBuffers over the same memory: their getters are JIT
     * intrinsics, where BytePointer's are JNI calls (~10 ns each). */
    private final ByteBuffer view = region(0, RESULT_BYTES);
    private final ByteBuffer stateView = region(RESULT_BYTES, STATE_BYTES);
    private BytePointer stageMemory; // STAGE_BYTES, allocated on first use
    private ByteBuffer stageView;
    private long stageAddress;

    private Scratch() {}

    static Scratch area() {
        return AREA.get();
    }

    private ByteBuffer region(int offset, int length) {
        int start = (int) (address - memory.address()) + offset;
        return memory.capacity(RESULT_BYTES + STATE_BYTES + 2 * 64).asByteBuffer()
                .position(start).limit(start + length).slice().order(ByteOrder.nativeOrder());
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
        copyOut(view, out, n);
        return out;
    }

    /** Copies a hash state into the state area; returns its address. @pre state.length <= STATE_BYTES */
    long putState(byte[] state) {
        copyIn(state, 0, stateView, state.length);
        return stateAddress;
    }

    /** Copies the state area back into {@code state}. */
    void getState(byte[] state) {
        copyOut(stateView, state, state.length);
    }

    /*
     * Small copies between the heap and the areas go 8 bytes at a time through intrinsic long
     * accesses. Why not ByteBuffer's bulk get/put: on JDK 17 they go through
     * ScopedMemoryAccess.copyMemory, whose checks and call cost ~30 ns for a 32-byte digest, a
     * third of the SHA-256 of 64 bytes they surround (profiled with async-profiler, issue 6);
     * four longs cost ~2 ns. Above WORD_COPY_MAX the bulk copy wins again.
     */

    /** dst[0 .. n) = area[0 .. n). */
    private static void copyOut(ByteBuffer area, byte[] dst, int n) {
        if (n > WORD_COPY_MAX) {
            area.get(0, dst, 0, n);
            return;
        }
        int i = 0;
        for (; i + 8 <= n; i += 8) LONGS.set(dst, i, area.getLong(i));
        for (; i < n; i++) dst[i] = area.get(i);
    }

    /** area[0 .. n) = src[off .. off+n). */
    private static void copyIn(byte[] src, int off, ByteBuffer area, int n) {
        if (n > WORD_COPY_MAX) {
            area.put(0, src, off, n);
            return;
        }
        int i = 0;
        for (; i + 8 <= n; i += 8) area.putLong(i, (long) LONGS.get(src, off + i));
        for (; i < n; i++) area.put(i, src[off + i]);
    }

    /**
     * Copies {@code src[off .. off+len)} into the staging area and returns its address.
     * @pre 0 <= len <= STAGE_BYTES and the range is inside src (the caller checked)
     */
    long stage(byte[] src, int off, int len) {
        if (stageMemory == null) {
            stageMemory = new BytePointer(STAGE_BYTES);
            stageView = stageMemory.capacity(STAGE_BYTES).asByteBuffer().order(ByteOrder.nativeOrder());
            stageAddress = stageMemory.address();
        }
        copyIn(src, off, stageView, len);
        return stageAddress;
    }
}
