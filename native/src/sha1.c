/*
 * sha1.c - SHA-1 (FIPS 180-4), portable C. SHA-1 is here for hashlib compatibility, not for
 * security; the rolling 16-word schedule keeps the working set in registers.
 */
#include "gilkit/sha1.h"
#include "hash_internal.h"

static void compress(uint32_t *h, const uint8_t *p, size_t blocks) {
    for (; blocks--; p += 64) {
        uint32_t w[16];
        for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; i++) {
            if (i >= 16) w[i & 15] = rotl32(w[(i + 13) & 15] ^ w[(i + 8) & 15] ^ w[(i + 2) & 15] ^ w[i & 15], 1);
            uint32_t f, k;
            if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
            else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
            else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
            else f = b ^ c ^ d, k = 0xCA62C1D6;
            uint32_t t = rotl32(a, 5) + f + e + k + w[i & 15];
            e = d, d = c, c = rotl32(b, 30), b = a, a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
}

typedef struct {
    md_state md;
} sha1_state;

static void absorb(void *state, const uint8_t *p, size_t n) {
    md_absorb(&((sha1_state *)state)->md, p, n, compress);
}

int gilkit_sha1_state_size(void) {
    return (int)sizeof(sha1_state);
}

int gilkit_sha1_init(void *state) {
    static const uint32_t iv[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    if (state == NULL) return GILKIT_EINVAL;
    sha1_state *s = state;
    memset(s, 0, sizeof *s);
    memcpy(s->md.h, iv, sizeof iv);
    return GILKIT_OK;
}

int gilkit_sha1_update(void *state, const void *data, int64_t len, int policy) {
    return hash_update_run(GILKIT_KERNEL_SHA1, state, sizeof(sha1_state), data, len, policy, absorb);
}

int gilkit_sha1_digest(const void *state, uint8_t *out) {
    if (state == NULL || out == NULL) return GILKIT_EINVAL;
    md_finish(&((const sha1_state *)state)->md, compress, 1, 5, out);
    return GILKIT_OK;
}

int gilkit_sha1(const void *data, int64_t len, uint8_t *out, int policy) {
    sha1_state s;
    if (out == NULL) return GILKIT_EINVAL;
    gilkit_sha1_init(&s);
    int st = hash_oneshot_run(GILKIT_KERNEL_SHA1, &s, data, len, policy, absorb);
    return st == GILKIT_OK ? gilkit_sha1_digest(&s, out) : st;
}
