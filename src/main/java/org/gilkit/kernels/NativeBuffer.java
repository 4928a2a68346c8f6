package org.gilkit.kernels;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.gilkit.binding.GilkitNative;

/**
 * Off-heap memory that kernels read and write without copying: a validated, closeable wrapper
 * over a JavaCPP {@link BytePointer}, with a fixed byte size and bounds-checked views.
 *
 * <p>Contract: {@link #allocate(long)} returns zeroed, 64-byte aligned memory owned by the root
 * buffer; {@link #slice(long, long)} returns a view sharing it (no copy). Closing the root frees
 * the memory and invalidates every view; closing a view invalidates only that view. Any use of a
 * closed buffer or view is an {@link IllegalStateException}; offsets and lengths outside the
 * buffer are {@link IndexOutOfBoundsException}s. A kernel running on a buffer "pins" it, and
 * closing a pinned buffer throws instead of freeing memory under the kernel (a kernel releases the
 * GIL, so another thread could otherwise close it mid-loop). Element accessors use the CPU's
 * byte order (little-endian here), as the kernels do.
 *
 * <p>Racing close: every accessor registers itself on the memory for the duration of the access
 * (one atomic increment and one decrement, a few ns, measured by NativeBufferAccessBench), and
 * close() frees the memory only when no accessor is inside (it waits for them: they are short)
 * and no kernel is running (then it throws). So an accessor racing a close either completes on
 * valid memory or throws IllegalStateException "the NativeBuffer is closed", never reads freed
 * memory (a crash for large, unmapped blocks) and never a raw JavaCPP exception.
 *
 * <p>Wired in: the facades in this package take NativeBuffers; later, {@code numpy.ndarray} and
 * large {@code bytes}/{@code bytearray} objects keep their data in one.
 */
public final class NativeBuffer implements AutoCloseable {
    /** 64 so that AVX2 loads of whole buffers never split a cache line at the start. */
    private static final long ALIGNMENT = 64;
    /** Refuse absurd sizes before asking malloc (2^46 bytes = 64 TiB). */
    public static final long MAX_BYTES = 1L << 46;

    static {
        GilkitNative.load();
    }

    /** One running kernel in {@link Root#pins}; below it, the count of accessors in progress. */
    private static final int KERNEL = 1 << 16;
    /** {@link Root#pins} once freed: far enough below 0 that racing increments keep it negative. */
    private static final int FREED = Integer.MIN_VALUE / 2;

    private final Root root;
    private final long offset; // bytes from root.base
    private final long size;   // bytes
    private final long address; // root.base + offset, cached: read on every kernel call
    private final boolean view;
    private volatile boolean viewClosed;

    /** Frees leaked buffers when their Root becomes unreachable (explicit close is the norm). */
    private static final Cleaner CLEANER = Cleaner.create();

    /**
     * The memory and its lifecycle, shared by a root buffer and all its views. The block comes
     * from {@code gilkit_mem_calloc} (one JNI call; JavaCPP's own allocation also registers a
     * deallocator and samples the process's memory use, ~2 us per small buffer) and is freed by
     * close() or, if the buffer is leaked, by the Cleaner once no view can reach the Root. A kernel
     * keeps the Root reachable while it runs: the facades unpin it after the call.
     */
    private static final class Root {
        final BytePointer memory; // a non-owning view of the block (size + ALIGNMENT - 1 bytes)
        final long base;          // aligned address
        /**
         * Who uses the memory: negative once freed ({@link #FREED} plus accessors that raced
         * with the free and are backing out), else {@link #KERNEL} per running kernel plus 1
         * per element/bulk accessor in progress. See {@link NativeBuffer#close()}.
         */
        final AtomicInteger pins = new AtomicInteger();
        /**
         * Set by {@link NativeBuffer#close()} while it waits for the accessors inside to leave:
         * new element/bulk accessors then fail as closed, so a close cannot be starved by threads
         * that keep accessing (cleared again if the close fails because a kernel is running).
         */
        volatile boolean closing;
        final Cleaner.Cleanable free;
        /** A direct ByteBuffer over the block (blocks < 2 GiB), made on first element access: its
         * accessors are JIT intrinsics, where BytePointer's are JNI calls (~10 ns each). Volatile:
         * a racily published buffer could be seen half-built. */
        volatile ByteBuffer view;

        Root(long raw, long capacity) {
            this.memory = new RawPointer(raw, capacity);
            this.base = (raw + ALIGNMENT - 1) & -ALIGNMENT;
            this.free = CLEANER.register(this, () -> GilkitNative.Memory.gilkit_mem_free(raw));
        }
    }

    /** A BytePointer over memory it does not own (no deallocator): JavaCPP's accessors, our block. */
    private static final class RawPointer extends BytePointer {
        RawPointer(long address, long capacity) {
            super((Pointer) null);
            this.address = address;
            this.capacity = capacity;
            this.limit = capacity;
        }
    }

    private NativeBuffer(Root root, long offset, long size, boolean view) {
        this.root = root;
        this.view = view;
        this.offset = offset;
        this.size = size;
        this.address = root.base + offset;
    }

    /** Allocates {@code bytes} zeroed bytes. @throws IllegalArgumentException if bytes < 0 or > MAX_BYTES */
    public static NativeBuffer allocate(long bytes) {
        if (bytes < 0 || bytes > MAX_BYTES)
            throw new IllegalArgumentException("NativeBuffer.allocate: size must be in [0, " + MAX_BYTES + "], got " + bytes);
        long raw = GilkitNative.Memory.gilkit_mem_calloc(bytes + ALIGNMENT - 1);
        if (raw == 0) throw new OutOfMemoryError("NativeBuffer.allocate: could not allocate " + bytes + " bytes");
        return new NativeBuffer(new Root(raw, bytes + ALIGNMENT - 1), 0, bytes, false);
    }

    /** Allocates room for {@code count} float64/int64 elements. */
    public static NativeBuffer allocateElements(long count) {
        if (count < 0 || count > MAX_BYTES / 8)
            throw new IllegalArgumentException("NativeBuffer.allocateElements: count must be in [0, " + MAX_BYTES / 8 + "], got " + count);
        return allocate(count * 8);
    }

    /** A buffer holding a copy of {@code data}. */
    public static NativeBuffer of(byte[] data) {
        requireArray(data, "NativeBuffer.of");
        NativeBuffer b = allocate(data.length);
        b.put(0, data, 0, data.length);
        return b;
    }

    /** A buffer holding a copy of {@code data} as float64 elements. */
    public static NativeBuffer of(double[] data) {
        requireArray(data, "NativeBuffer.of");
        NativeBuffer b = allocateElements(data.length);
        b.putDoubles(0, data, 0, data.length);
        return b;
    }

    /** A buffer holding a copy of {@code data} as int64 elements. */
    public static NativeBuffer of(long[] data) {
        requireArray(data, "NativeBuffer.of");
        NativeBuffer b = allocateElements(data.length);
        b.putLongs(0, data, 0, data.length);
        return b;
    }

    /** Size in bytes. */
    public long byteSize() {
        return size;
    }

    /** Size in 8-byte elements, rounded down. */
    public long elementCount() {
        return size / 8;
    }

    /** True once this buffer (or, for a view, its root) was closed. */
    public boolean isClosed() {
        return viewClosed || root.pins.get() < 0;
    }

    /**
     * A view of {@code length} bytes starting at {@code byteOffset}, sharing this memory.
     * @throws IndexOutOfBoundsException if the range is not inside this buffer
     */
    public NativeBuffer slice(long byteOffset, long length) {
        ensureOpen("slice");
        checkRange(byteOffset, length, "slice");
        return new NativeBuffer(root, offset + byteOffset, length, true);
    }

    /** A view of {@code count} 8-byte elements starting at element {@code index}. */
    public NativeBuffer sliceElements(long index, long count) {
        if (index < 0 || count < 0 || index > Long.MAX_VALUE / 8 || count > Long.MAX_VALUE / 8)
            throw new IndexOutOfBoundsException("NativeBuffer.sliceElements: index " + index + ", count " + count);
        return slice(index * 8, count * 8);
    }

    public double getDouble(long index) {
        enter("getDouble");
        try {
            long off = elementOffset(index, "getDouble");
            ByteBuffer v = view();
            return v != null ? v.getDouble((int) off) : root.memory.getDouble(off);
        } finally {
            exit();
        }
    }

    public void putDouble(long index, double d) {
        enter("putDouble");
        try {
            long off = elementOffset(index, "putDouble");
            ByteBuffer v = view();
            if (v != null) v.putDouble((int) off, d);
            else root.memory.putDouble(off, d);
        } finally {
            exit();
        }
    }

    public long getLong(long index) {
        enter("getLong");
        try {
            long off = elementOffset(index, "getLong");
            ByteBuffer v = view();
            return v != null ? v.getLong((int) off) : root.memory.getLong(off);
        } finally {
            exit();
        }
    }

    public void putLong(long index, long l) {
        enter("putLong");
        try {
            long off = elementOffset(index, "putLong");
            ByteBuffer v = view();
            if (v != null) v.putLong((int) off, l);
            else root.memory.putLong(off, l);
        } finally {
            exit();
        }
    }

    public byte get(long byteIndex) {
        enter("get");
        try {
            checkRange(byteIndex, 1, "get");
            ByteBuffer v = view();
            return v != null ? v.get((int) memOffset(byteIndex)) : root.memory.get(memOffset(byteIndex));
        } finally {
            exit();
        }
    }

    public void put(long byteIndex, byte b) {
        enter("put");
        try {
            checkRange(byteIndex, 1, "put");
            ByteBuffer v = view();
            if (v != null) v.put((int) memOffset(byteIndex), b);
            else root.memory.put(memOffset(byteIndex), b);
        } finally {
            exit();
        }
    }

    /** Copies src[srcOffset .. srcOffset+count) to float64 elements index .. index+count. */
    public void putDoubles(long index, double[] src, int srcOffset, int count) {
        requireArray(src, "NativeBuffer.putDoubles");
        java.util.Objects.checkFromIndexSize(srcOffset, count, src.length);
        enter("putDoubles");
        try {
            long off = elementsOffset(index, count, "putDoubles");
            ByteBuffer v = view();
            if (v != null) v.slice((int) off, count * 8).order(ByteOrder.nativeOrder()).asDoubleBuffer().put(src, srcOffset, count);
            else for (int i = 0; i < count; i++) root.memory.putDouble(off + 8L * i, src[srcOffset + i]);
        } finally {
            exit();
        }
    }

    /** Copies float64 elements index .. index+count to dst[dstOffset ..). */
    public void getDoubles(long index, double[] dst, int dstOffset, int count) {
        requireArray(dst, "NativeBuffer.getDoubles");
        java.util.Objects.checkFromIndexSize(dstOffset, count, dst.length);
        enter("getDoubles");
        try {
            long off = elementsOffset(index, count, "getDoubles");
            ByteBuffer v = view();
            if (v != null) v.slice((int) off, count * 8).order(ByteOrder.nativeOrder()).asDoubleBuffer().get(dst, dstOffset, count);
            else for (int i = 0; i < count; i++) dst[dstOffset + i] = root.memory.getDouble(off + 8L * i);
        } finally {
            exit();
        }
    }

    /** Copies src[srcOffset .. srcOffset+count) to int64 elements index .. index+count. */
    public void putLongs(long index, long[] src, int srcOffset, int count) {
        requireArray(src, "NativeBuffer.putLongs");
        java.util.Objects.checkFromIndexSize(srcOffset, count, src.length);
        enter("putLongs");
        try {
            long off = elementsOffset(index, count, "putLongs");
            ByteBuffer v = view();
            if (v != null) v.slice((int) off, count * 8).order(ByteOrder.nativeOrder()).asLongBuffer().put(src, srcOffset, count);
            else for (int i = 0; i < count; i++) root.memory.putLong(off + 8L * i, src[srcOffset + i]);
        } finally {
            exit();
        }
    }

    /** Copies int64 elements index .. index+count to dst[dstOffset ..). */
    public void getLongs(long index, long[] dst, int dstOffset, int count) {
        requireArray(dst, "NativeBuffer.getLongs");
        java.util.Objects.checkFromIndexSize(dstOffset, count, dst.length);
        enter("getLongs");
        try {
            long off = elementsOffset(index, count, "getLongs");
            ByteBuffer v = view();
            if (v != null) v.slice((int) off, count * 8).order(ByteOrder.nativeOrder()).asLongBuffer().get(dst, dstOffset, count);
            else for (int i = 0; i < count; i++) dst[dstOffset + i] = root.memory.getLong(off + 8L * i);
        } finally {
            exit();
        }
    }

    /** Copies src[srcOffset .. srcOffset+length) to this buffer at byteOffset. */
    public void put(long byteOffset, byte[] src, int srcOffset, int length) {
        requireArray(src, "NativeBuffer.put");
        java.util.Objects.checkFromIndexSize(srcOffset, length, src.length);
        enter("put");
        try {
            checkRange(byteOffset, length, "put");
            ByteBuffer v = view();
            if (v != null) v.put((int) memOffset(byteOffset), src, srcOffset, length);
            else new BytePointer(root.memory).position(memOffset(byteOffset)).put(src, srcOffset, length);
        } finally {
            exit();
        }
    }

    /** Copies length bytes at byteOffset into dst[dstOffset ..). */
    public void get(long byteOffset, byte[] dst, int dstOffset, int length) {
        requireArray(dst, "NativeBuffer.get");
        java.util.Objects.checkFromIndexSize(dstOffset, length, dst.length);
        enter("get");
        try {
            checkRange(byteOffset, length, "get");
            ByteBuffer v = view();
            if (v != null) v.get((int) memOffset(byteOffset), dst, dstOffset, length);
            else new BytePointer(root.memory).position(memOffset(byteOffset)).get(dst, dstOffset, length);
        } finally {
            exit();
        }
    }

    /** The whole buffer as a new byte array. @throws IllegalStateException if larger than 2^31-1 bytes */
    public byte[] toByteArray() {
        if (size > Integer.MAX_VALUE - 8) throw new IllegalStateException("NativeBuffer.toByteArray: " + size + " bytes do not fit a Java array");
        byte[] out = new byte[(int) size];
        get(0, out, 0, out.length);
        return out;
    }

    /** The whole buffer as float64 elements. */
    public double[] toDoubleArray() {
        long n = elementCount();
        if (n > Integer.MAX_VALUE - 8) throw new IllegalStateException("NativeBuffer.toDoubleArray: too many elements: " + n);
        double[] out = new double[(int) n];
        getDoubles(0, out, 0, out.length);
        return out;
    }

    /** Frees the memory (root) or detaches this view; idempotent. @throws IllegalStateException if a kernel is using it */
    @Override
    public void close() {
        if (view) {
            viewClosed = true;
            return;
        }
        root.closing = true; // no new accessor gets in: the wait below is bounded
        for (int spins = 0; ; spins++) {
            int p = root.pins.get();
            if (p < 0) return;
            if (p >= KERNEL) {
                root.closing = false;
                throw new IllegalStateException("NativeBuffer.close: the buffer is in use by " + p / KERNEL + " running kernel(s)");
            }
            if (p > 0) { // accessors inside: they finish in bounded time, wait for them
                if (spins < 100) Thread.onSpinWait(); else Thread.yield();
                continue;
            }
            if (root.pins.compareAndSet(0, FREED)) break;
        }
        viewClosed = true;
        root.free.clean();
    }

    @Override
    public String toString() {
        return "NativeBuffer[" + size + " bytes" + (!view ? "" : ", view at +" + offset) + (isClosed() ? ", closed]" : "]");
    }

    // ---- package-private: used by the facades around a kernel call ----

    /** The address of byte 0 of this buffer; valid only between {@link #pin} and {@link #unpin}. */
    long address() {
        return address;
    }

    /** Marks a kernel as using the memory. @throws IllegalStateException if closed */
    void pin(String where) {
        if (viewClosed) throw closed(where);
        while (true) {
            int p = root.pins.get();
            if (p < 0) throw closed(where);
            if (root.pins.compareAndSet(p, p + KERNEL)) return;
        }
    }

    void unpin() {
        root.pins.addAndGet(-KERNEL);
    }

    /** Registers an accessor on the memory. @throws IllegalStateException if closed */
    private void enter(String where) {
        if (viewClosed || root.closing) throw closed(where);
        if (root.pins.getAndIncrement() < 0) {
            root.pins.getAndDecrement();
            throw closed(where);
        }
    }

    private void exit() {
        root.pins.getAndDecrement();
    }

    /** The root's ByteBuffer view, made on first use; null for blocks of 2 GiB or more. */
    private ByteBuffer view() {
        ByteBuffer v = root.view;
        if (v == null && root.memory.capacity() <= Integer.MAX_VALUE)
            root.view = v = root.memory.asByteBuffer().order(ByteOrder.nativeOrder());
        return v;
    }

    /** The block offset of elements [index, index+count), checked to be inside this buffer. */
    private long elementsOffset(long index, int count, String where) {
        if (index < 0 || index > size / 8 || count > size / 8 - index)
            throw new IndexOutOfBoundsException("NativeBuffer." + where + ": elements [" + index + ", +" + count + ") outside [0, " + size / 8 + ")");
        return memOffset(index * 8);
    }

    private long memOffset(long byteOffset) {
        return root.base - root.memory.address() + offset + byteOffset;
    }

    private long elementOffset(long index, String where) {
        if (index < 0 || index >= size / 8)
            throw new IndexOutOfBoundsException("NativeBuffer." + where + ": index " + index + " outside [0, " + size / 8 + ")");
        return memOffset(index * 8);
    }

    private void checkRange(long byteOffset, long length, String where) {
        if (byteOffset < 0 || length < 0 || byteOffset > size || length > size - byteOffset)
            throw new IndexOutOfBoundsException("NativeBuffer." + where + ": range [" + byteOffset + ", +" + length
                    + ") outside a buffer of " + size + " bytes");
    }

    private void ensureOpen(String where) {
        if (isClosed()) throw closed(where);
    }

    private IllegalStateException closed(String where) {
        return new IllegalStateException(where + ": the NativeBuffer is closed");
    }

    private static void requireArray(Object a, String where) {
        if (a == null) throw new IllegalArgumentException(where + ": array must not be null");
    }
}
