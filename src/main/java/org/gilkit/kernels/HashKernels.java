package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.Hash;

/**
 * One-shot hashes over {@link NativeBuffer}s and Java arrays: the facade of {@code gilkit/hash.h}
 * (SHA-256, SHA-1, MD5, CRC-32, CRC-32C, XXH64). Streaming hashes are {@link Hasher}s from
 * {@link #newHasher}. Arguments are checked here (null, closed buffers, bad ranges); a cancelled
 * kernel throws {@link KernelCancelledException}.
 *
 * <p>Wired in: the future {@code hashlib}, {@code zlib.crc32} and {@code gilkit.kernels} modules.
 */
public final class HashKernels {
    static {
        GilkitNative.load();
    }

    private HashKernels() {}

    /** The digest of the whole buffer. */
    public static byte[] digest(HashAlgorithm alg, NativeBuffer data, ReleasePolicy policy) {
        return digest(alg, data, 0, policy);
    }

    /** The digest of the whole buffer with a seed (CRC: the CRC so far; XXH64: the seed; SHA/MD5: ignored). */
    public static byte[] digest(HashAlgorithm alg, NativeBuffer data, long seed, ReleasePolicy policy) {
        requireAlg(alg, "digest");
        requireData(data, "digest");
        data.pin("HashKernels.digest");
        try {
            return digestAt(alg, Scratch.area(), data.address(), data.byteSize(), seed, policy);
        } finally {
            data.unpin();
        }
    }

    /**
     * The digest of {@code data[offset .. offset+length)}. Up to {@link #STAGED_BYTES} bytes are
     * copied to a per-thread off-heap area (no allocation besides the result); larger arrays are
     * copied to a temporary NativeBuffer. Keep large data in a NativeBuffer to avoid the copy.
     */
    public static byte[] digest(HashAlgorithm alg, byte[] data, int offset, int length, ReleasePolicy policy) {
        requireAlg(alg, "digest");
        if (data == null) throw new IllegalArgumentException("HashKernels.digest: data must not be null");
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        if (length <= STAGED_BYTES) {
            Scratch sc = Scratch.area(); // one thread-local lookup per call (~5 ns each)
            return digestAt(alg, sc, sc.stage(data, offset, length), length, 0, policy);
        }
        try (NativeBuffer b = NativeBuffer.allocate(length)) {
            b.put(0, data, offset, length);
            return digest(alg, b, policy);
        }
    }

    /** Byte arrays up to this size are hashed from a per-thread staging area, without allocating. */
    public static final int STAGED_BYTES = Scratch.STAGE_BYTES;

    /** zlib.crc32(data, value): the CRC-32 of the buffer continuing from {@code value}. */
    public static long crc32(NativeBuffer data, long value, ReleasePolicy policy) {
        return value(HashAlgorithm.CRC32, data, value & 0xFFFFFFFFL, policy);
    }

    /** The CRC-32C of the buffer continuing from {@code value}. */
    public static long crc32c(NativeBuffer data, long value, ReleasePolicy policy) {
        return value(HashAlgorithm.CRC32C, data, value & 0xFFFFFFFFL, policy);
    }

    /** XXH64 of the buffer with {@code seed}, as the unsigned 64-bit value in a long. */
    public static long xxh64(NativeBuffer data, long seed, ReleasePolicy policy) {
        return value(HashAlgorithm.XXH64, data, seed, policy);
    }

    /**
     * The integer value of CRC32, CRC32C (continuing from {@code seed}'s low 32 bits) or XXH64
     * (with {@code seed}) over {@code data[offset .. offset+length)}, staged as in
     * {@link #digest(HashAlgorithm, byte[], int, int, ReleasePolicy)}: zlib.crc32 over bytes.
     * @throws IllegalArgumentException for SHA-256, SHA-1 and MD5 (their digests are not integers)
     */
    public static long valueOf(HashAlgorithm alg, byte[] data, int offset, int length, long seed, ReleasePolicy policy) {
        requireAlg(alg, "valueOf");
        if (alg != HashAlgorithm.CRC32 && alg != HashAlgorithm.CRC32C && alg != HashAlgorithm.XXH64)
            throw new IllegalArgumentException("HashKernels.valueOf: " + alg.hashName() + " has no integer value; use digest");
        if (data == null) throw new IllegalArgumentException("HashKernels.valueOf: data must not be null");
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        long s = alg == HashAlgorithm.XXH64 ? seed : seed & 0xFFFFFFFFL;
        if (length <= STAGED_BYTES) return valueAt(alg, Scratch.area().stage(data, offset, length), length, s, policy);
        try (NativeBuffer b = NativeBuffer.allocate(length)) {
            b.put(0, data, offset, length);
            return value(alg, b, s, policy);
        }
    }

    /** A new streaming hasher (seed as in {@link #digest(HashAlgorithm, NativeBuffer, long, ReleasePolicy)}). */
    public static Hasher newHasher(HashAlgorithm alg, long seed) {
        requireAlg(alg, "newHasher");
        return new Hasher(alg, seed);
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /**
     * Lower-case hexadecimal, as hashlib's hexdigest(). Built as Latin-1 bytes, which a compact
     * String adopts with one array copy: the StringBuilder + Character.forDigit version cost
     * ~130 ns for 32 bytes, longer than the SHA-256 of 64 bytes (issue 6).
     */
    public static String hex(byte[] digest) {
        byte[] out = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 15];
            out[2 * i + 1] = HEX_DIGITS[digest[i] & 15];
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** One-shot over a validated (and pinned or staged) address: tiny-call path below the threshold. */
    private static byte[] digestAt(HashAlgorithm alg, Scratch out, long address, long len, long seed, ReleasePolicy policy) {
        Kernel k = alg.kernel();
        if (KernelThresholds.quiet(k, len, policy)) {
            KernelStatus.check(Hash.gilkit_hash_small(k.id(), address, len, seed, out.address), "HashKernels.digest");
        } else {
            int p = code(policy, "digest");
            KernelStatus.check(Hash.gilkit_hash(k.id(), address, len, seed, out.address, p),
                    "HashKernels.digest(" + alg.hashName() + ")");
        }
        return out.bytes(alg.digestSize());
    }

    /** The integer value of a CRC/XXH64 (no byte[]): tiny-call path below the threshold. */
    private static long value(HashAlgorithm alg, NativeBuffer data, long seed, ReleasePolicy policy) {
        requireData(data, alg.hashName());
        data.pin("HashKernels." + alg.hashName());
        try {
            return valueAt(alg, data.address(), data.byteSize(), seed, policy);
        } finally {
            data.unpin();
        }
    }

    private static long valueAt(HashAlgorithm alg, long address, long len, long seed, ReleasePolicy policy) {
        if (KernelThresholds.quiet(alg.kernel(), len, policy))
            return Hash.gilkit_hash_small_value(alg.kernel().id(), address, len, seed);
        return toLong(digestAt(alg, Scratch.area(), address, len, seed, policy));
    }

    static long toLong(byte[] bigEndian) {
        long v = 0;
        for (byte b : bigEndian) v = (v << 8) | (b & 0xFF);
        return v;
    }

    static int code(ReleasePolicy p, String w) {
        if (p == null) throw new IllegalArgumentException("HashKernels." + w + ": policy must not be null");
        return p.code();
    }

    static void requireData(NativeBuffer data, String w) {
        if (data == null) throw new IllegalArgumentException("HashKernels." + w + ": data must not be null");
        if (data.isClosed()) throw new IllegalStateException("HashKernels." + w + ": data is closed");
    }

    private static void requireAlg(HashAlgorithm alg, String w) {
        if (alg == null) throw new IllegalArgumentException("HashKernels." + w + ": algorithm must not be null");
    }
}
