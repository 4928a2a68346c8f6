package org.gilkit.modules;

import java.math.BigInteger;

/**
 * MT19937, bit for bit as CPython's _randommodule.c (init_genrand, init_by_array, genrand_uint32,
 * random() from two words, getrandbits), so that random.seed(n) gives CPython's sequences.
 * Not thread-safe by itself: callers hold the GIL (or synchronize, under --gil=off).
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int keyLength = key.length;
        for (int k = Math.max(N, keyLength); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= keyLength) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** Seeds from a non-negative integer as CPython: its 32-bit words, least significant first. */
    void seed(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) key[w] = n.shiftRight(32 * w).intValue();
        initByArray(key);
    }

    int next32() {
        int y;
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        y = mt[index++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }

    /** random(): 53 random bits as CPython's genrand_res53. */
    double random() {
        long a = (next32() & 0xffffffffL) >>> 5;
        long b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for k >= 0. */
    BigInteger getrandbits(int k) {
        if (k == 0) return BigInteger.ZERO;
        if (k <= 32) return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            long r = next32() & 0xffffffffL;
            if (k < 32) r >>>= (32 - k);
            int off = be.length - 4 * (i + 1);
            be[off] = (byte) (r >>> 24);
            be[off + 1] = (byte) (r >>> 16);
            be[off + 2] = (byte) (r >>> 8);
            be[off + 3] = (byte) r;
        }
        return new BigInteger(1, be);
    }
}
