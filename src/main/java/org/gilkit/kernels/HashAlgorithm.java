package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;

/**
 * The hash families of {@code gilkit/hash.h}, with the sizes hashlib reports. Digests are bytes:
 * SHA/MD5 in their standard order, CRC-32/CRC-32C (4 bytes) and XXH64 (8 bytes) big-endian.
 */
public enum HashAlgorithm {
    SHA256(Kernel.SHA256, "sha256"),
    SHA1(Kernel.SHA1, "sha1"),
    MD5(Kernel.MD5, "md5"),
    /** zlib's crc32; the seed is zlib's {@code value} (the CRC so far). */
    CRC32(Kernel.CRC32, "crc32"),
    /** Castagnoli CRC (iSCSI, ext4); the seed is the CRC so far. */
    CRC32C(Kernel.CRC32C, "crc32c"),
    /** xxHash's XXH64; the seed is XXH64's seed. */
    XXH64(Kernel.XXH64, "xxh64");

    static {
        GilkitNative.load();
    }

    private final Kernel kernel;
    private final String hashName;
    private int digestSize; // cached from C on first use (a JNI call costs ~10 ns per digest)
    private int stateSize;  // likewise, per new Hasher

    HashAlgorithm(Kernel kernel, String hashName) {
        this.kernel = kernel;
        this.hashName = hashName;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** hashlib's {@code name}. */
    public String hashName() {
        return hashName;
    }

    /** hashlib's {@code digest_size}. */
    public int digestSize() {
        int d = digestSize;
        if (d == 0) digestSize = d = GilkitNative.Hash.gilkit_hash_digest_size(kernel.id());
        return d;
    }

    /** hashlib's {@code block_size}. */
    public int blockSize() {
        return GilkitNative.Hash.gilkit_hash_block_size(kernel.id());
    }

    int stateSize() {
        int s = stateSize;
        if (s == 0) stateSize = s = GilkitNative.Hash.gilkit_hash_state_size(kernel.id());
        return s;
    }
}
