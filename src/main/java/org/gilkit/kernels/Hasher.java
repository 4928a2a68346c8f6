package org.gilkit.kernels;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.gilkit.binding.GilkitNative.Hash;

/**
 * A streaming hash with hashlib's object contract: {@link #update} any number of times,
 * {@link #digest()} at any point without consuming the state, {@link #copy()} to fork it.
 * The state lives off-heap (its size comes from C). Methods are synchronized because update
 * releases the GIL: two interpreter threads sharing one hash object must not update it at the
 * same time (CPython's hashlib objects take a lock for the same reason). A cancelled update
 * throws {@link KernelCancelledException} and leaves the state as it was. Use after
 * {@link #close()} is an IllegalStateException.
 *
 * <p>Wired in: the future {@code hashlib} objects wrap one each.
 */
public final class Hasher implements AutoCloseable {
    private final HashAlgorithm alg;
    private BytePointer state; // null after close

    Hasher(HashAlgorithm alg, long seed) {
        this.alg = alg;
        this.state = new BytePointer(Math.max(alg.stateSize(), 16));
        KernelStatus.check(Hash.gilkit_hash_init(alg.kernel().id(), state.address(), seed), "Hasher.init");
    }

    private Hasher(HashAlgorithm alg, BytePointer copyOf) {
        this.alg = alg;
        this.state = new BytePointer(copyOf.capacity());
        Pointer.memcpy(state, copyOf, copyOf.capacity());
    }

    public HashAlgorithm algorithm() {
        return alg;
    }

    /** Absorbs the whole buffer. */
    public synchronized Hasher update(NativeBuffer data, ReleasePolicy policy) {
        HashKernels.requireData(data, "Hasher.update");
        HashKernels.code(policy, "Hasher.update");
        long st = stateAddress("update");
        data.pin("Hasher.update");
        try {
            absorb(st, data.address(), data.byteSize(), policy);
        } finally {
            data.unpin();
        }
        return this;
    }

    /** Absorbs len bytes at a validated address; AUTO below the threshold runs quietly (no trace). */
    private void absorb(long state, long address, long len, ReleasePolicy policy) {
        int p = KernelThresholds.quiet(alg.kernel(), len, policy) ? ArrayKernels.HOLD_QUIET : policy.code();
        KernelStatus.check(Hash.gilkit_hash_update(alg.kernel().id(), state, address, len, p),
                "Hasher.update(" + alg.hashName() + ")");
    }

    /**
     * Absorbs {@code data[offset .. offset+length)}: copied to a per-thread staging area up to
     * {@link HashKernels#STAGED_BYTES}, to a temporary NativeBuffer above.
     */
    public synchronized Hasher update(byte[] data, int offset, int length, ReleasePolicy policy) {
        if (data == null) throw new IllegalArgumentException("Hasher.update: data must not be null");
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        HashKernels.code(policy, "Hasher.update");
        long st = stateAddress("update");
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
        long st = stateAddress("digest");
        Scratch out = Scratch.area();
        KernelStatus.check(Hash.gilkit_hash_digest(alg.kernel().id(), st, out.address), "Hasher.digest");
        return out.bytes(alg.digestSize());
    }

    public String hexdigest() {
        return HashKernels.hex(digest());
    }

    /** An independent hasher with the same state (hashlib's copy()). */
    public synchronized Hasher copy() {
        stateAddress("copy");
        return new Hasher(alg, state);
    }

    public synchronized boolean isClosed() {
        return state == null;
    }

    @Override
    public synchronized void close() {
        if (state != null) {
            state.deallocate();
            state = null;
        }
    }

    private long stateAddress(String w) {
        if (state == null) throw new IllegalStateException("Hasher." + w + ": the " + alg.hashName() + " hasher is closed");
        return state.address();
    }
}
