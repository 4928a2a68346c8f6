package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;

/**
 * Why the lock exists at all, made observable: a CPython-shaped object header
 * ({@code ob_refcnt}, {@code ob_type}) in native memory, and the C kernel that runs
 * Py_INCREF/Py_DECREF pairs on it ({@code native/src/lesson_refcount.c},
 * {@code gilkit/lesson_refcount.h}) in one of three {@link Mode}s. Several threads calling
 * {@link #run} on one header show the lesson: {@link Mode#HELD} (CPython's plain update, the GIL
 * held) leaves the count exact; {@link Mode#RELEASED} (the same plain update with the lock
 * released, the bug of a C extension touching objects without it) loses updates, so the count
 * drifts: below its start the object would be freed while still referenced, above it leaks;
 * {@link Mode#ATOMIC} is exact again, at the price of an atomic instruction per update.
 *
 * <p>Contract: every argument is checked here before C is called; the header lives in a
 * 16-byte {@link NativeBuffer} that {@link #close()} frees (a close racing a running kernel
 * throws instead of freeing memory under it). Thread-safe in the sense the lesson needs: any
 * number of threads may call {@link #run} on one instance at once. Wired in: the
 * {@code gilkit.kernels.RefcountObject} Python type and the tour's {@code refcount} scenario.
 */
public final class RefcountLesson implements AutoCloseable {
    /** How {@link #run} updates the count (the C GILKIT_REFCOUNT_* modes). */
    public enum Mode {
        /** Plain read-modify-write with the lock held: CPython's way. */
        HELD(0, "held"),
        /** Plain read-modify-write with the lock released: the bug. */
        RELEASED(1, "released"),
        /** Atomic add with the lock released: correct without the lock, slower. */
        ATOMIC(2, "atomic");

        final int code;
        private final String pyName;

        Mode(int code, String pyName) {
            this.code = code;
            this.pyName = pyName;
        }

        /** The lower-case name Python code uses ({@code 'held'}, ...). */
        public String pyName() {
            return pyName;
        }

        /** The mode named {@code name}, or null. */
        public static Mode named(String name) {
            for (Mode m : values()) if (m.pyName.equals(name)) return m;
            return null;
        }
    }

    /** Largest {@code refs} per round (GILKIT_REFCOUNT_MAX_REFS). */
    public static final long MAX_REFS = 1 << 20;
    /** Largest start count: far from overflow even after every pair of a run is lost. */
    public static final long MAX_START = 1L << 40;

    static {
        GilkitNative.load();
    }

    private final NativeBuffer header;

    private RefcountLesson(NativeBuffer header) {
        this.header = header;
    }

    /**
     * A header whose count starts at {@code start} (the references its owner holds).
     * @throws IllegalArgumentException unless 1 <= start <= MAX_START (a count of 0 is an object
     *         already freed)
     */
    public static RefcountLesson create(long start) {
        if (start < 1 || start > MAX_START)
            throw new IllegalArgumentException("refcount start must be in [1, " + MAX_START + "], got " + start);
        NativeBuffer b = NativeBuffer.allocate(16);
        b.putLong(0, start);
        return new RefcountLesson(b);
    }

    /** The current ob_refcnt. @throws IllegalStateException if closed */
    public long refcount() {
        return header.getLong(0);
    }

    /**
     * Runs {@code pairs} incref/decref pairs in rounds of {@code refs} references held at once.
     * @return how many decrefs brought the count to exactly zero (where CPython would free the
     *         object); 0 under HELD and ATOMIC
     * @throws IllegalArgumentException for pairs < 0, refs outside [1, MAX_REFS], a null mode, or
     *         pairs so large that the count could overflow
     * @throws IllegalStateException if closed
     * @throws KernelCancelledException if the thread's cancel flag stopped the run
     */
    public long run(long pairs, long refs, Mode mode) {
        if (mode == null) throw new IllegalArgumentException("refcount mode must not be null");
        if (pairs < 0 || pairs > MAX_START)
            throw new IllegalArgumentException("refcount pairs must be in [0, " + MAX_START + "], got " + pairs);
        if (refs < 1 || refs > MAX_REFS)
            throw new IllegalArgumentException("refcount refs must be in [1, " + MAX_REFS + "], got " + refs);
        header.pin("RefcountLesson.run");
        try {
            long r = GilkitNative.LessonRefcount.gilkit_lesson_refcount_pairs(header.address(), pairs, refs, mode.code);
            if (r < 0) KernelStatus.check((int) r, "RefcountLesson.run");
            return r;
        } finally {
            header.unpin();
        }
    }

    /** Frees the header. @throws IllegalStateException if a run is in progress */
    @Override
    public void close() {
        header.close();
    }
}
