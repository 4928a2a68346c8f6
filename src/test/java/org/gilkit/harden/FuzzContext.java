package org.gilkit.harden;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.Hasher;
import org.gilkit.kernels.KernelThresholds;
import org.gilkit.kernels.NativeBuffer;

/**
 * The resources of one fuzzed call, created on the fuzz worker thread just before the call and
 * torn down right after it, so that no call sees what an earlier one did (a closed buffer, a
 * held lock). Cleanup failing is itself a finding (a pin leaked by a failed kernel call makes
 * close() throw, a lock left held makes GilThread.close() release it, etc.).
 *
 * <p>Every buffer handed to a call is a view into one guarded arena: bytes between the views are
 * set to {@link #GUARD} and must still be {@link #GUARD} after the call, so a kernel writing past
 * its output (or a facade computing a wrong address) is caught even when the call "succeeds".
 */
final class FuzzContext implements AutoCloseable {
    static final byte GUARD = (byte) 0xA5;
    private static final int ARENA_BYTES = 16 * 1024;
    private static final int GAP = 64; // guard bytes before each region

    private final Random random;
    private final Gil sharedGil;
    private final GilThread foreignThread;
    private final List<GilThread> myThreads = new ArrayList<>();
    private final List<Gil> gils = new ArrayList<>();
    private final List<NativeBuffer> roots = new ArrayList<>();
    private final List<Hasher> hashers = new ArrayList<>();
    private NativeBuffer arena;
    private final BitSet used = new BitSet(ARENA_BYTES);
    private int next = GAP;
    /** The first buffer argument's region (offset, length) for the alias/overlap candidates. */
    private long firstOffset = -1;
    private long firstLength;
    private NativeBuffer firstBuffer;
    boolean resetThresholds;

    FuzzContext(long seed, Gil sharedGil, GilThread foreignThread) {
        this.random = new Random(seed);
        this.sharedGil = sharedGil;
        this.foreignThread = foreignThread;
    }

    Random random() {
        return random;
    }

    Gil sharedGil() {
        return sharedGil;
    }

    GilThread foreignThread() {
        return foreignThread;
    }

    // ---- locks and threads ----

    Gil newGil(GilPolicy policy) {
        Gil g = Gil.create(policy, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        gils.add(g);
        return g;
    }

    Gil closedGil() {
        Gil g = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        g.close();
        return g;
    }

    /** A thread state of the calling (worker) thread on a fresh lock; holding it if asked. */
    GilThread myThread(boolean holding) {
        GilThread t = newGil(GilPolicy.NEW).attachCurrentThread("fuzz-" + myThreads.size());
        myThreads.add(t);
        if (holding) t.acquire();
        return t;
    }

    GilThread closedThread() {
        GilThread t = newGil(GilPolicy.NEW).attachCurrentThread("fuzz-closed");
        t.close();
        return t;
    }

    /** A lock the worker thread is attached to (and holds), so attach/close on it must refuse. */
    Gil gilAttachedByMe() {
        return myThread(true).gil();
    }

    // ---- buffers ----

    /** A view of {@code bytes} bytes at an 8-aligned (plus {@code misalign}) offset of the arena. */
    NativeBuffer region(int bytes, int misalign, Filler filler) {
        if (arena == null) {
            arena = NativeBuffer.allocate(ARENA_BYTES);
            roots.add(arena);
            byte[] guard = new byte[ARENA_BYTES];
            java.util.Arrays.fill(guard, GUARD);
            arena.put(0, guard, 0, guard.length);
        }
        int off = next + misalign;
        if (off + bytes + GAP > ARENA_BYTES) throw new IllegalStateException("fuzz arena too small");
        next = (off + bytes + GAP + 63) & ~63;
        used.set(off, off + bytes);
        NativeBuffer view = arena.slice(off, bytes);
        filler.fill(view, random);
        if (firstOffset < 0) {
            firstOffset = off;
            firstLength = bytes;
            firstBuffer = view;
        }
        return view;
    }

    /** The first buffer argument itself (exact in-place), or a fresh one if there is none yet. */
    NativeBuffer aliasOfFirst() {
        return firstBuffer != null ? firstBuffer : region(512, 0, Filler.DOUBLES);
    }

    /** A view overlapping the first buffer argument by all but 8 bytes (partial overlap). */
    NativeBuffer overlapWithFirst() {
        if (firstBuffer == null) region(512, 0, Filler.DOUBLES);
        long off = firstOffset + 8;
        used.set((int) off, (int) (off + firstLength));
        return arena.slice(off, firstLength);
    }

    NativeBuffer closedView() {
        NativeBuffer v = region(64, 0, Filler.DOUBLES);
        v.close();
        return v;
    }

    /** A view whose root buffer was freed after the view was taken. */
    NativeBuffer viewOfFreedRoot() {
        NativeBuffer root = NativeBuffer.allocate(128);
        NativeBuffer v = root.slice(0, 64);
        root.close();
        return v;
    }

    NativeBuffer freedRoot() {
        NativeBuffer root = NativeBuffer.allocate(64);
        root.close();
        return root;
    }

    /** A root buffer of its own (for sizes that do not fit the arena). */
    NativeBuffer bigRoot(long bytes, Filler filler) {
        NativeBuffer b = NativeBuffer.allocate(bytes);
        roots.add(b);
        filler.fill(b, random);
        return b;
    }

    Hasher hasher(Hasher h) {
        hashers.add(h);
        return h;
    }

    /** Takes ownership of something a call returned (a new GilThread, buffer, hasher, lock). */
    void adopt(Object result) {
        if (result instanceof GilThread t && t != foreignThread) myThreads.add(t);
        else if (result instanceof Gil g && g != sharedGil) gils.add(g);
        else if (result instanceof NativeBuffer b) roots.add(b);
        else if (result instanceof Hasher h) hashers.add(h);
        else if (result instanceof java.util.List<?> l) for (Object o : l) adopt(o); // ExtKernel.call's outputs
    }

    /** Describes a damaged guard byte, or returns null when every guard is intact. */
    String checkGuards() {
        if (arena == null || arena.isClosed()) return null;
        byte[] all = arena.toByteArray();
        for (int i = 0; i < all.length; i++) {
            if (!used.get(i) && all[i] != GUARD) {
                return "guard byte at arena offset " + i + " was overwritten (0x" + Integer.toHexString(all[i] & 0xFF)
                        + "): a kernel wrote outside its buffer";
            }
        }
        return null;
    }

    /** Tears down in dependency order; the first failure is thrown after everything was tried. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (GilThread t : myThreads) first = attempt(first, t::close);
        for (Gil g : gils) first = attempt(first, g::close);
        for (Hasher h : hashers) first = attempt(first, h::close);
        for (NativeBuffer b : roots) first = attempt(first, b::close);
        if (resetThresholds) first = attempt(first, KernelThresholds::resetAll);
        if (first != null) throw first;
    }

    private static RuntimeException attempt(RuntimeException first, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            if (first == null) return new IllegalStateException("fuzz cleanup failed: " + e, e);
        }
        return first;
    }

    /** How a fresh region is filled. */
    enum Filler {
        DOUBLES, LONGS, BYTES, ZEROS;

        void fill(NativeBuffer b, Random r) {
            long n = b.byteSize();
            switch (this) {
                case DOUBLES -> {
                    for (long i = 0; i < n / 8; i++) b.putDouble(i, (r.nextDouble() - 0.5) * 2000);
                }
                case LONGS -> {
                    for (long i = 0; i < n / 8; i++) b.putLong(i, r.nextLong());
                }
                case BYTES -> {
                    byte[] bytes = new byte[(int) Math.min(n, 1 << 16)];
                    r.nextBytes(bytes);
                    for (long off = 0; off < n; off += bytes.length) {
                        b.put(off, bytes, 0, (int) Math.min(bytes.length, n - off));
                    }
                }
                case ZEROS -> { }
            }
        }
    }
}
