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

#define SHANI_TARGET __attribute__((target("sha,sse4.1,ssse3")))

/*
 * Compresses one 64-byte block, given as four unaligned 16-byte loads in memory order, into the
 * state held in registers as ABEF/CDGH (the layout sha256rnds2 wants). Inlined into every user
 * so that the one-shot keeps the state in registers from the IV to the digest.
 */
SHANI_TARGET static inline __attribute__((always_inline)) void shani_block(__m128i *abef_io, __m128i *cdgh_io, __m128i m0,
                                                                            __m128i m1, __m128i m2, __m128i m3) {
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abef = *abef_io, cdgh = *cdgh_io;
    __m128i abef0 = abef, cdgh0 = cdgh;
    m0 = _mm_shuffle_epi8(m0, bswap);
    m1 = _mm_shuffle_epi8(m1, bswap);
    m2 = _mm_shuffle_epi8(m2, bswap);
    m3 = _mm_shuffle_epi8(m3, bswap);
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
    *abef_io = _mm_add_epi32(abef, abef0);
    *cdgh_io = _mm_add_epi32(cdgh, cdgh0);
}

/* `blocks` consecutive blocks from memory (see shani_block). */
SHANI_TARGET static inline __attribute__((always_inline)) void shani_blocks(__m128i *abef, __m128i *cdgh, const uint8_t *p,
                                                                             size_t blocks) {
    for (; blocks--; p += 64)
        shani_block(abef, cdgh, _mm_loadu_si128((const __m128i *)(p + 0)), _mm_loadu_si128((const __m128i *)(p + 16)),
                    _mm_loadu_si128((const __m128i *)(p + 32)), _mm_loadu_si128((const __m128i *)(p + 48)));
}

/* h[0..8) (standard order A..H) -> ABEF/CDGH. */
SHANI_TARGET static inline __attribute__((always_inline)) void shani_load(const uint32_t *h, __m128i *abef, __m128i *cdgh) {
    __m128i t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[0]), 0xB1); /* CDAB */
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[4]), 0x1B); /* EFGH */
    *abef = _mm_alignr_epi8(t, efgh, 8);
    *cdgh = _mm_blend_epi16(efgh, t, 0xF0);
}

/* ABEF/CDGH -> the words A..H in lanes: lo = A,B,C,D, hi = E,F,G,H. */
SHANI_TARGET static inline __attribute__((always_inline)) void shani_unpack(__m128i abef, __m128i cdgh, __m128i *lo,
                                                                             __m128i *hi) {
    __m128i t = _mm_shuffle_epi32(abef, 0x1B);    /* FEBA */
    __m128i u = _mm_shuffle_epi32(cdgh, 0xB1);    /* DCHG */
    *lo = _mm_blend_epi16(t, u, 0xF0);            /* DCBA */
    *hi = _mm_alignr_epi8(u, t, 8);               /* HGFE */
}

SHANI_TARGET static void compress_shani(uint32_t *h, const uint8_t *p, size_t blocks) {
    __m128i abef, cdgh, lo, hi;
    shani_load(h, &abef, &cdgh);
    shani_blocks(&abef, &cdgh, p, blocks);
    shani_unpack(abef, cdgh, &lo, &hi);
    _mm_storeu_si128((__m128i *)&h[0], lo);
    _mm_storeu_si128((__m128i *)&h[4], hi);
}

static const uint32_t IV[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

/*
 * Windows for building the padded tail in registers: pshufb with loadu(SHIFT + 16 - n) moves
 * the last n bytes of a vector to its front and zeroes the rest (a mask byte with the top bit
 * set selects zero); loadu(PAD + 16 - n) is 0x80 at byte n and zero elsewhere.
 */
static const uint8_t SHIFT[32] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                  0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                                  0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80};
static const uint8_t PAD[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80};

/*
 * Bytes [16j, 16j + 16) of the first padding block: the message's last r (< 64) bytes q[0..r),
 * then 0x80, then zeros. `last16` holds the 16 message bytes that end at q + r.
 */
SHANI_TARGET static inline __attribute__((always_inline)) __m128i tail_chunk(const uint8_t *q, size_t r, size_t j,
                                                                              __m128i last16) {
    size_t lo = 16 * j;
    if (lo + 16 <= r) return _mm_loadu_si128((const __m128i *)(q + lo));
    if (lo > r) return _mm_setzero_si128();
    size_t n = r - lo; /* data bytes in this chunk, 0..15 */
    return _mm_or_si128(_mm_shuffle_epi8(last16, _mm_loadu_si128((const __m128i *)(SHIFT + 16 - n))),
                        _mm_loadu_si128((const __m128i *)(PAD + 16 - n)));
}

/*
 * The whole one-shot with SHA-NI: the state stays in registers from the IV to the digest, the
 * full blocks are read in place, and the one or two padding blocks are built in registers.
 * Why a separate path: a 64-byte message is two compressions (~45 ns each on this EPYC, the
 * latency of 32 dependent sha256rnds2, the same as OpenSSL's), and init + absorb + finish around
 * them (a 112-byte state, a 128-byte pad buffer, the chaining value stored and reloaded
 * between calls) added ~25 ns of latency that the JNI boundary does not hide: a C loop
 * overlaps it across calls, the JVM's transition back does not. Building the pad in memory
 * cost ~9 ns of it alone: its 16-byte loads waited for the byte stores (failed store forwarding).
 */
SHANI_TARGET static void oneshot_shani(const uint8_t *p, size_t len, uint8_t *out) {
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abef, cdgh, lo, hi, last16;
    size_t full = len / 64, r = len % 64;
    const uint8_t *q = p + (len ? full * 64 : 0); /* p may be NULL when len == 0 */
    __m128i bits = _mm_set_epi64x((long long)__builtin_bswap64((uint64_t)len * 8), 0); /* bytes 56..63 of a block */
    if (len >= 16) {
        last16 = _mm_loadu_si128((const __m128i *)(q + r - 16));
    } else { /* shorter than a vector: the one case that goes through memory */
        _Alignas(16) uint8_t t[16] = {0};
        if (len) memcpy(t + 16 - len, p, len);
        last16 = _mm_load_si128((const __m128i *)t);
    }
    shani_load(IV, &abef, &cdgh);
    if (full) shani_blocks(&abef, &cdgh, p, full);
    __m128i c3 = tail_chunk(q, r, 3, last16);
    if (r < 56) c3 = _mm_or_si128(c3, bits);
    shani_block(&abef, &cdgh, tail_chunk(q, r, 0, last16), tail_chunk(q, r, 1, last16), tail_chunk(q, r, 2, last16), c3);
    if (r >= 56) shani_block(&abef, &cdgh, _mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128(), bits);
    shani_unpack(abef, cdgh, &lo, &hi);
    _mm_storeu_si128((__m128i *)out, _mm_shuffle_epi8(lo, bswap));
    _mm_storeu_si128((__m128i *)(out + 16), _mm_shuffle_epi8(hi, bswap));
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
    if (state == NULL) return GILKIT_EINVAL;
    sha256_state *s = state;
    memset(s, 0, sizeof *s);
    memcpy(s->md.h, IV, sizeof IV);
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
    /* Tiny calls (HOLD_QUIET: no trace, no release) shorter than a cancellation poll need no
       kcall at all: the register-resident one-shot (see oneshot_shani). */
    if (policy == GILKIT_RELEASE_HOLD_QUIET && len >= 0 && len <= GILKIT_CANCEL_POLL_BYTES && (len == 0 || data != NULL) &&
        gilkit_kernel_use_accel_(GILKIT_KERNEL_SHA256, CPU_SHA)) {
        oneshot_shani((const uint8_t *)data, (size_t)len, out);
        return GILKIT_OK;
    }
    gilkit_sha256_init(&s);
    int st = hash_oneshot_run(GILKIT_KERNEL_SHA256, &s, data, len, policy, absorb);
    return st == GILKIT_OK ? gilkit_sha256_digest(&s, out) : st;
}
