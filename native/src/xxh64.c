/*
 * xxh64.c - XXH64, bit-exact with the reference XXH64() of xxHash 0.8 (Yann Collet, BSD-2):
 * four 64-bit lanes over 32-byte stripes, a merge, the tail, then the avalanche. Scalar code is
 * already near 1 byte per cycle per lane pair; the reference does not vectorize XXH64 either.
 */
#include "gilkit/xxh64.h"
#include "hash_internal.h"

#define P1 0x9E3779B185EBCA87ULL
#define P2 0xC2B2AE3D27D4EB4FULL
#define P3 0x165667B19E3779F9ULL
#define P4 0x85EBCA77C2B2AE63ULL
#define P5 0x27D4EB2F165667C5ULL

static inline uint64_t rotl64(uint64_t x, int r) {
    return (x << r) | (x >> (64 - r));
}

static inline uint64_t round64(uint64_t acc, uint64_t input) {
    return rotl64(acc + input * P2, 31) * P1;
}

static inline uint64_t merge64(uint64_t acc, uint64_t v) {
    return (acc ^ round64(0, v)) * P1 + P4;
}

typedef struct {
    uint64_t total;   /* bytes absorbed */
    uint64_t v[4];    /* the lanes */
    uint64_t seed;
    uint8_t mem[32];  /* the incomplete stripe */
    uint32_t used;    /* bytes in mem, < 32 */
} xxh64_state;

static const uint8_t *stripes(uint64_t *v, const uint8_t *p, size_t n) {
    uint64_t v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
    for (; n >= 32; p += 32, n -= 32) {
        v0 = round64(v0, load_le64(p));
        v1 = round64(v1, load_le64(p + 8));
        v2 = round64(v2, load_le64(p + 16));
        v3 = round64(v3, load_le64(p + 24));
    }
    v[0] = v0, v[1] = v1, v[2] = v2, v[3] = v3;
    return p;
}

static void absorb(void *state, const uint8_t *p, size_t n) {
    xxh64_state *s = state;
    s->total += n;
    if (s->used) {
        size_t take = 32 - s->used < n ? 32 - s->used : n;
        memcpy(s->mem + s->used, p, take);
        s->used += (uint32_t)take, p += take, n -= take;
        if (s->used < 32) return;
        stripes(s->v, s->mem, 32);
        s->used = 0;
    }
    const uint8_t *end = p + n;
    p = stripes(s->v, p, n);
    memcpy(s->mem, p, (size_t)(end - p));
    s->used = (uint32_t)(end - p);
}

static uint64_t finish(const xxh64_state *s) {
    uint64_t h;
    if (s->total >= 32) {
        const uint64_t *v = s->v;
        h = rotl64(v[0], 1) + rotl64(v[1], 7) + rotl64(v[2], 12) + rotl64(v[3], 18);
        for (int i = 0; i < 4; i++) h = merge64(h, v[i]);
    } else {
        h = s->seed + P5;
    }
    h += s->total;
    const uint8_t *p = s->mem;
    size_t n = s->used;
    for (; n >= 8; p += 8, n -= 8) h = rotl64(h ^ round64(0, load_le64(p)), 27) * P1 + P4;
    if (n >= 4) h = rotl64(h ^ (uint64_t)load_le32(p) * P1, 23) * P2 + P3, p += 4, n -= 4;
    for (; n > 0; p++, n--) h = rotl64(h ^ *p * P5, 11) * P1;
    h ^= h >> 33, h *= P2, h ^= h >> 29, h *= P3, h ^= h >> 32;
    return h;
}

int gilkit_xxh64_state_size(void) {
    return (int)sizeof(xxh64_state);
}

int gilkit_xxh64_init(void *state, uint64_t seed) {
    if (state == NULL) return GILKIT_EINVAL;
    xxh64_state *s = state;
    memset(s, 0, sizeof *s);
    s->seed = seed;
    s->v[0] = seed + P1 + P2, s->v[1] = seed + P2, s->v[2] = seed, s->v[3] = seed - P1;
    return GILKIT_OK;
}

int gilkit_xxh64_update(void *state, const void *data, int64_t len, int policy) {
    return hash_update_run(GILKIT_KERNEL_XXH64, state, sizeof(xxh64_state), data, len, policy, absorb);
}

int gilkit_xxh64_digest(const void *state, uint64_t *out, uint8_t *digest) {
    if (state == NULL) return GILKIT_EINVAL;
    uint64_t v = finish(state);
    if (out) *out = v;
    if (digest) store_be64(digest, v);
    return GILKIT_OK;
}

int gilkit_xxh64(const void *data, int64_t len, uint64_t seed, uint64_t *out, int policy) {
    xxh64_state s;
    if (out == NULL) return GILKIT_EINVAL;
    gilkit_xxh64_init(&s, seed);
    int st = hash_oneshot_run(GILKIT_KERNEL_XXH64, &s, data, len, policy, absorb);
    if (st == GILKIT_OK) *out = finish(&s);
    return st;
}
