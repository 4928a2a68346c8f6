package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative.Hash;

/**
 * A streaming hash with hashlib's object contract: {@link #update} any number of times,
 * {@link #digest()} at any point without consuming the state, {@link #copy()} to fork it.
 *
 * <p>The state (its size comes from C) lives in a Java byte array and is copied to the calling
 * thread's off-heap {@link Scratch} state area around each C call. C states may be moved with
 * memcpy (gilkit/hash.h), and copying at most 128 bytes twice costs ~10 ns, where an off-heap
 * state per hasher cost a JavaCPP allocation and deallocator per object: 2.2 us for
 * new + update(64 B) + digest, against 0.13 us for Java's MessageDigest. Hashers need no
 * closing to free memory; {@link #close()} only ends their use.
 *
 * <p>Methods are synchronized because update releases the GIL: two interpreter threads sharing
 * one hash object must not update it at the same time (CPython's hashlib objects take a lock for
 * the same reason). A cancelled update throws {@link KernelCancelledException} and leaves the
 * state as it was. Use after {@link #close()} is an IllegalStateException.
 *
 * <p>Wired in: the future {@code hashlib} objects wrap one each.
 */
public final class Hasher implements AutoCloseable {
    private final HashAlgorithm alg;
    private byte[] state; // null after close

    Hasher(HashAlgorithm alg, long seed) {
        this.alg = alg;
        byte[] s = new byte[alg.stateSize()];
        Scratch sc = Scratch.area();
        KernelStatus.check(Hash.gilkit_hash_init(alg.kernel().id(), sc.stateAddress, seed), "Hasher.init");
        sc.getState(s);
        this.state = s;
    }

    private Hasher(HashAlgorithm alg, byte[] copyOf) {
        this.alg = alg;
        this.state = copyOf.clone();
    }

    public HashAlgorithm algorithm() {
        return alg;
    }

    /** Absorbs the whole buffer. */
    public synchronized Hasher update(NativeBuffer data, ReleasePolicy policy) {
        HashKernels.requireData(data, "Hasher.update");
        HashKernels.code(policy, "Hasher.update");
        byte[] st = state("update");
        data.pin("Hasher.update");
        try {
            absorb(st, data.address(), data.byteSize(), policy);
        } finally {
            data.unpin();
        }
        return this;
    }

    /**
     * Absorbs {@code data[offset .. offset+length)}: copied to a per-thread staging area up to
     * {@link HashKernels#STAGED_BYTES}, to a temporary NativeBuffer above.
     */
    public synchronized Hasher update(byte[] data, int offset, int length, ReleasePolicy policy) {
        if (data == null) throw new IllegalArgumentException("Hasher.update: data must not be null");
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        HashKernels.code(policy, "Hasher.update");
        byte[] st = state("update");
        if (length <= HashKernels.STAGED_BYTES) {
            absorb(st, Scratch.area().stage(data, offset, length), length, policy);
            return this;
        }
        try (NativeBuffer b = NativeBuffer.allocate(length)) {
            b.put(0, data, offset, length);
            return update(b, policy);
        }
    }

    public Hasher update(byte[] data) {
        if (data == null) throw new IllegalArgumentException("Hasher.update: data must not be null");
        return update(data, 0, data.length, ReleasePolicy.AUTO);
    }

    /** The digest of everything absorbed so far; the hasher stays usable. */
    public synchronized byte[] digest() {
        byte[] st = state("digest");
        Scratch sc = Scratch.area();
        KernelStatus.check(Hash.gilkit_hash_digest(alg.kernel().id(), sc.putState(st), sc.address), "Hasher.digest");
        return sc.bytes(alg.digestSize());
    }

    public String hexdigest() {
        return HashKernels.hex(digest());
    }

    /** An independent hasher with the same state (hashlib's copy()). */
    public synchronized Hasher copy() {
        return new Hasher(alg, state("copy"));
    }

    public synchronized boolean isClosed() {
        return state == null;
    }

    @Override
    public synchronized void close() {
        state = null;
    }

    /**
     * Absorbs len bytes at a validated address into {@code st}, through the thread's state area;
     * AUTO below the threshold runs quietly (no trace). The state is copied back only on
     * success: a cancelled update leaves {@code st} as it was (C also leaves its copy unchanged).
     */
    private void absorb(byte[] st, long address, long len, ReleasePolicy policy) {
        int p = KernelThresholds.quiet(alg.kernel(), len, policy) ? ArrayKernels.HOLD_QUIET : policy.code();
        Scratch sc = Scratch.area();
        KernelStatus.check(Hash.gilkit_hash_update(alg.kernel().id(), sc.putState(st), address, len, p),
                "Hasher.update(" + alg.hashName() + ")");
        sc.getState(st);
    }

    private byte[] state(String w) {
        if (state == null) throw new IllegalStateException("Hasher." + w + ": the " + alg.hashName() + " hasher is closed");
        return state;
    }
}
