package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Known answers through the facades: one-shot, chunked, byte at a time, copy, both implementations. */
class HashKernelsTest {
    @AfterEach
    void restore() {
        KernelThresholds.resetAll();
    }

    private static String hex(HashAlgorithm alg, String s) {
        return HashKernels.hex(HashKernels.digest(alg, s.getBytes(StandardCharsets.US_ASCII), 0, s.length(), ReleasePolicy.AUTO));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void officialVectors(boolean portable) {
        for (Kernel k : Kernel.values()) KernelThresholds.forcePortable(k, portable);
        String m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex(HashAlgorithm.SHA256, "abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(HashAlgorithm.SHA256, ""));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", hex(HashAlgorithm.SHA256, m448));
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", hex(HashAlgorithm.SHA1, "abc"));
        assertEquals("84983e441c3bd26ebaae4aa1f95129e5e54670f1", hex(HashAlgorithm.SHA1, m448));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", hex(HashAlgorithm.MD5, "abc"));
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", hex(HashAlgorithm.MD5, ""));
        assertEquals("cbf43926", hex(HashAlgorithm.CRC32, "123456789"));
        assertEquals("e3069283", hex(HashAlgorithm.CRC32C, "123456789"));
        assertEquals("ef46db3751d8e999", hex(HashAlgorithm.XXH64, ""));
        byte[] million = new byte[1_000_000];
        Arrays.fill(million, (byte) 'a');
        try (Hasher h = HashKernels.newHasher(HashAlgorithm.SHA256, 0)) {
            for (int i = 0; i < 1000; i++) h.update(million, i * 1000, 1000, ReleasePolicy.AUTO);
            assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", h.hexdigest());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 1000, 70_001})
    void matchJavaImplementationsThroughEveryPath(int n) throws Exception {
        byte[] data = new byte[n];
        new SplittableRandom(n).nextBytes(data);
        String[][] java = {{"SHA256", "SHA-256"}, {"SHA1", "SHA-1"}, {"MD5", "MD5"}};
        for (String[] j : java) {
            HashAlgorithm alg = HashAlgorithm.valueOf(j[0]);
            byte[] want = MessageDigest.getInstance(j[1]).digest(data);
            assertArrayEquals(want, HashKernels.digest(alg, data, 0, n, ReleasePolicy.ALWAYS));
            try (Hasher h = HashKernels.newHasher(alg, 0); Hasher bytewise = HashKernels.newHasher(alg, 0)) {
                for (int off = 0; off < n; off += 37) h.update(data, off, Math.min(37, n - off), ReleasePolicy.NEVER);
                for (int i = 0; i < Math.min(n, 2000); i++) bytewise.update(data, i, 1, ReleasePolicy.AUTO);
                assertArrayEquals(want, h.digest());
                assertArrayEquals(want, h.digest()); // digest does not consume
                if (n <= 2000) assertArrayEquals(want, bytewise.digest());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        CRC32C crcc = new CRC32C();
        crcc.update(data);
        try (NativeBuffer b = NativeBuffer.of(data)) {
            assertEquals(crc.getValue(), HashKernels.crc32(b, 0, ReleasePolicy.AUTO));
            assertEquals(crcc.getValue(), HashKernels.crc32c(b, 0, ReleasePolicy.AUTO));
            // zlib's crc32(data, value) continues a CRC
            int half = n / 2;
            long first = HashKernels.crc32(b.slice(0, half), 0, ReleasePolicy.AUTO);
            assertEquals(crc.getValue(), HashKernels.crc32(b.slice(half, n - half), first, ReleasePolicy.AUTO));
        }
    }

    @Test
    void xxh64SeedAndCopy() {
        // libxxhash 0.8.3: XXH64("", seed=2654435761)
        try (NativeBuffer empty = NativeBuffer.allocate(0)) {
            assertEquals(0xac75fda2929b17efL, HashKernels.xxh64(empty, 2654435761L, ReleasePolicy.AUTO));
        }
        try (Hasher h = HashKernels.newHasher(HashAlgorithm.SHA256, 0)) {
            h.update("ab".getBytes(StandardCharsets.US_ASCII));
            try (Hasher c = h.copy()) {
                c.update("c".getBytes(StandardCharsets.US_ASCII));
                assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", c.hexdigest());
                assertEquals("fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603", h.hexdigest()); // sha256("ab")
            }
        }
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> HashKernels.digest(null, new byte[1], 0, 1, ReleasePolicy.AUTO));
        assertThrows(IllegalArgumentException.class, () -> HashKernels.digest(HashAlgorithm.MD5, (byte[]) null, 0, 1, ReleasePolicy.AUTO));
        assertThrows(IndexOutOfBoundsException.class, () -> HashKernels.digest(HashAlgorithm.MD5, new byte[4], 2, 3, ReleasePolicy.AUTO));
        assertThrows(IndexOutOfBoundsException.class, () -> HashKernels.digest(HashAlgorithm.MD5, new byte[4], -1, 1, ReleasePolicy.AUTO));
        assertThrows(IllegalArgumentException.class, () -> HashKernels.digest(HashAlgorithm.MD5, new byte[4], 0, 1, null));
        NativeBuffer b = NativeBuffer.allocate(8);
        b.close();
        assertThrows(IllegalStateException.class, () -> HashKernels.digest(HashAlgorithm.SHA256, b, ReleasePolicy.AUTO));
        Hasher h = HashKernels.newHasher(HashAlgorithm.SHA1, 0);
        h.close();
        assertThrows(IllegalStateException.class, h::digest);
        assertThrows(IllegalStateException.class, () -> h.update(new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> HashKernels.newHasher(null, 0));
        assertEquals(64, HashAlgorithm.SHA256.blockSize());
        assertEquals(20, HashAlgorithm.SHA1.digestSize());
    }
}
