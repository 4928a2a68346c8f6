/*
 * sha256.c - SHA-256 (FIPS 180-4): a portable compression function and one using the x86 SHA
 * extensions (sha256rnds2/msg1/msg2), chosen per update by cpuid and gilkit_kernel_set_impl.
 * Both keep the chaining value in the standard word order, so a state can cross between them.
 */
#include <immintrin.h>

#include "gilkit/sha256.h"
#include "hash_internal.h"

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void compress_portable(uint32_t *h, const uint8_t *p, size_t blocks) {
    for (; blocks--; p += 64) {
        uint32_t w[64];
        for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = hh + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
            uint32_t t2 = (rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
    }
}

/*
 * Four rounds with the SHA extensions. sha256rnds2 does two rounds on the state split as ABEF and
 * CDGH; `w` holds the four message words of these rounds. When `next` and `prev` are given, the
 * message schedule for later rounds is advanced at the same time, interleaved with the rounds so
 * that the schedule's latency hides behind them (the layout of Intel's reference code).
 */
#define SHA_ROUNDS4(i, w) \
    do { \
        __m128i m_ = _mm_add_epi32(w, _mm_loadu_si128((const __m128i *)&K[4 * (i)])); \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, m_); \
        m_ = _mm_shuffle_epi32(m_, 0x0E); \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, m_); \
    } while (0)
/* w[i+4..] = schedule step: next += alignr(cur, prev) ; next = msg2(next, cur). */
#define SHA_SCHED2(cur, prev, next) \
    do { \
        next = _mm_add_epi32(next, _mm_alignr_epi8(cur, prev, 4)); \
        next = _mm_sha256msg2_epu32(next, cur); \
    } while (0)

__attribute__((target("sha,sse4.1,ssse3"))) static void compress_shani(uint32_t *h, const uint8_t *p, size_t blocks) {
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[0]), 0xB1); /* CDAB */
    __m128i cdgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[4]), 0x1B); /* EFGH */
    __m128i abef = _mm_alignr_epi8(t, cdgh, 8);
    cdgh = _mm_blend_epi16(cdgh, t, 0xF0);
    for (; blocks--; p += 64) {
        __m128i abef0 = abef, cdgh0 = cdgh;
        __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 0)), bswap);
        __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16)), bswap);
        __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 32)), bswap);
        __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 48)), bswap);
        SHA_ROUNDS4(0, m0);
        SHA_ROUNDS4(1, m1); m0 = _mm_sha256msg1_epu32(m0, m1);
        SHA_ROUNDS4(2, m2); m1 = _mm_sha256msg1_epu32(m1, m2);
        SHA_ROUNDS4(3, m3); SHA_SCHED2(m3, m2, m0); m2 = _mm_sha256msg1_epu32(m2, m3);
        /* Rounds 16..47: the four registers rotate roles every four rounds. */
        for (int g = 4; g < 12; g += 4) {
            SHA_ROUNDS4(g, m0); SHA_SCHED2(m0, m3, m1); m3 = _mm_sha256msg1_epu32(m3, m0);
            SHA_ROUNDS4(g + 1, m1); SHA_SCHED2(m1, m0, m2); m0 = _mm_sha256msg1_epu32(m0, m1);
            SHA_ROUNDS4(g + 2, m2); SHA_SCHED2(m2, m1, m3); m1 = _mm_sha256msg1_epu32(m1, m2);
            SHA_ROUNDS4(g + 3, m3); SHA_SCHED2(m3, m2, m0); m2 = _mm_sha256msg1_epu32(m2, m3);
        }
        /* Rounds 48..63: the schedule winds down (no words beyond 63 are computed). */
        SHA_ROUNDS4(12, m0); SHA_SCHED2(m0, m3, m1); m3 = _mm_sha256msg1_epu32(m3, m0);
        SHA_ROUNDS4(13, m1); SHA_SCHED2(m1, m0, m2);
        SHA_ROUNDS4(14, m2); SHA_SCHED2(m2, m1, m3);
        SHA_ROUNDS4(15, m3);
        abef = _mm_add_epi32(abef, abef0);
        cdgh = _mm_add_epi32(cdgh, cdgh0);
    }
    t = _mm_shuffle_epi32(abef, 0x1B);     /* FEBA */
    cdgh = _mm_shuffle_epi32(cdgh, 0xB1);  /* DCHG */
    _mm_storeu_si128((__m128i *)&h[0], _mm_blend_epi16(t, cdgh, 0xF0)); /* DCBA */
    _mm_storeu_si128((__m128i *)&h[4], _mm_alignr_epi8(cdgh, t, 8));    /* HGFE */
}

typedef struct {
    md_state md;
} sha256_state;

static void absorb(void *state, const uint8_t *p, size_t n) {
    md_compress f = gilkit_kernel_use_accel_(GILKIT_KERNEL_SHA256, CPU_SHA) ? compress_shani : compress_portable;
    md_absorb(&((sha256_state *)state)->md, p, n, f);
}

int gilkit_sha256_state_size(void) {
    return (int)sizeof(sha256_state);
}

int gilkit_sha256_init(void *state) {
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    if (state == NULL) return GILKIT_EINVAL;
    sha256_state *s = state;
    memset(s, 0, sizeof *s);
    memcpy(s->md.h, iv, sizeof iv);
    return GILKIT_OK;
}

int gilkit_sha256_update(void *state, const void *data, int64_t len, int policy) {
    return hash_update_run(GILKIT_KERNEL_SHA256, state, sizeof(sha256_state), data, len, policy, absorb);
}

int gilkit_sha256_digest(const void *state, uint8_t *out) {
    if (state == NULL || out == NULL) return GILKIT_EINVAL;
    md_compress f = gilkit_kernel_use_accel_(GILKIT_KERNEL_SHA256, CPU_SHA) ? compress_shani : compress_portable;
    md_finish(&((const sha256_state *)state)->md, f, 1, 8, out);
    return GILKIT_OK;
}

int gilkit_sha256(const void *data, int64_t len, uint8_t *out, int policy) {
    sha256_state s;
    if (out == NULL) return GILKIT_EINVAL;
    gilkit_sha256_init(&s);
    int st = hash_oneshot_run(GILKIT_KERNEL_SHA256, &s, data, len, policy, absorb);
    return st == GILKIT_OK ? gilkit_sha256_digest(&s, out) : st;
}
