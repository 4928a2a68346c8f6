/*
 * md5.c - MD5 (RFC 1321), portable C. For hashlib compatibility and checksums, not security.
 * The per-round constants are the RFC's T[i] = floor(2^32 * |sin(i + 1)|).
 */
#include "gilkit/md5.h"
#include "hash_internal.h"

static const uint32_t T[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const int S[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void compress(uint32_t *h, const uint8_t *p, size_t blocks) {
    for (; blocks--; p += 64) {
        uint32_t x[16];
        for (int i = 0; i < 16; i++) x[i] = load_le32(p + 4 * i);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; i++) {
            uint32_t f;
            int g, r = i >> 4;
            if (r == 0) f = (b & c) | (~b & d), g = i;
            else if (r == 1) f = (d & b) | (~d & c), g = (5 * i + 1) & 15;
            else if (r == 2) f = b ^ c ^ d, g = (3 * i + 5) & 15;
            else f = c ^ (b | ~d), g = (7 * i) & 15;
            uint32_t t = d;
            d = c, c = b;
            b = b + rotl32(a + f + T[i] + x[g], S[r][i & 3]);
            a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d;
    }
}

typedef struct {
    md_state md;
} md5_state;

static void absorb(void *state, const uint8_t *p, size_t n) {
    md_absorb(&((md5_state *)state)->md, p, n, compress);
}

int gilkit_md5_state_size(void) {
    return (int)sizeof(md5_state);
}

int gilkit_md5_init(void *state) {
    static const uint32_t iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    if (state == NULL) return GILKIT_EINVAL;
    md5_state *s = state;
    memset(s, 0, sizeof *s);
    memcpy(s->md.h, iv, sizeof iv);
    return GILKIT_OK;
}

int gilkit_md5_update(void *state, const void *data, int64_t len, int policy) {
    return hash_update_run(GILKIT_KERNEL_MD5, state, sizeof(md5_state), data, len, policy, absorb);
}

int gilkit_md5_digest(const void *state, uint8_t *out) {
    if (state == NULL || out == NULL) return GILKIT_EINVAL;
    md_finish(&((const md5_state *)state)->md, compress, 0, 4, out);
    return GILKIT_OK;
}

int gilkit_md5(const void *data, int64_t len, uint8_t *out, int policy) {
    md5_state s;
    if (out == NULL) return GILKIT_EINVAL;
    gilkit_md5_init(&s);
    int st = hash_oneshot_run(GILKIT_KERNEL_MD5, &s, data, len, policy, absorb);
    return st == GILKIT_OK ? gilkit_md5_digest(&s, out) : st;
}
