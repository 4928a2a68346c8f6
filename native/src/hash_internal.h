/*
 * hash_internal.h - what the hash kernels share: the Merkle-Damgard buffering of SHA-1, SHA-256
 * and MD5 (64-byte blocks, length padding), and the update/one-shot skeleton (argument checks,
 * release, trace, cancellation with the state restored). Private to native/src.
 */
#ifndef GILKIT_HASH_INTERNAL_H
#define GILKIT_HASH_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gilkit/hash.h"
#include "kernel_internal.h"

static inline uint32_t rotl32(uint32_t x, int r) {
    return (x << r) | (x >> (32 - r));
}

static inline uint32_t rotr32(uint32_t x, int r) {
    return (x >> r) | (x << (32 - r));
}

/* memcpy + bswap: one load or store and one bswap (byte-wise code vectorized badly in loops). */
static inline uint32_t load_be32(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return __builtin_bswap32(v);
}

static inline uint32_t load_le32(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4); /* x86 is little-endian; memcpy is one unaligned load */
    return v;
}

static inline uint64_t load_le64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline void store_be32(uint8_t *p, uint32_t v) {
    v = __builtin_bswap32(v);
    memcpy(p, &v, 4);
}

static inline void store_be64(uint8_t *p, uint64_t v) {
    v = __builtin_bswap64(v);
    memcpy(p, &v, 8);
}

/* Compresses `blocks` consecutive 64-byte blocks into the chaining value h. */
typedef void (*md_compress)(uint32_t *h, const uint8_t *data, size_t blocks);

typedef struct {
    uint32_t h[8];    /* chaining value (5 words for SHA-1, 4 for MD5) */
    uint64_t total;   /* bytes absorbed */
    uint32_t used;    /* bytes waiting in buf, < 64 */
    uint8_t buf[64];  /* the incomplete block */
} md_state;

static inline void md_absorb(md_state *s, const uint8_t *p, size_t n, md_compress f) {
    s->total += n;
    if (s->used) {
        size_t take = 64 - s->used < n ? 64 - s->used : n;
        memcpy(s->buf + s->used, p, take);
        s->used += (uint32_t)take, p += take, n -= take;
        if (s->used < 64) return;
        f(s->h, s->buf, 1);
        s->used = 0;
    }
    if (n >= 64) {
        f(s->h, p, n / 64);
        p += n / 64 * 64, n %= 64;
    }
    memcpy(s->buf, p, n);
    s->used = (uint32_t)n;
}

/*
 * Pads a copy of the state (0x80, zeros, the bit length in 8 bytes), compresses it, and writes
 * `words` words of h in the family's byte order. The state itself is untouched (hashlib semantics).
 * Only the chaining value and the pending bytes are copied, and the one or two padding blocks go
 * to the compression function in one call: for a 64-byte one-shot this finish used to cost as
 * much as a compression (a 112-byte state copy that stalled on store forwarding, two calls).
 */
static inline void md_finish(const md_state *s, md_compress f, int big_endian, int words, uint8_t *out) {
    uint32_t h[8];
    _Alignas(16) uint8_t tail[128];
    uint32_t used = s->used;
    uint64_t bits = s->total * 8;
    size_t len = used < 56 ? 64 : 128; /* the length needs 8 bytes after the 0x80 */
    memcpy(h, s->h, sizeof h);
    memset(tail, 0, sizeof tail); /* a constant size: four vector stores, not `rep stos` */
    memcpy(tail, s->buf, used);
    tail[used] = 0x80;
    if (big_endian) store_be64(tail + len - 8, bits);
    else memcpy(tail + len - 8, &bits, 8);
    f(h, tail, len / 64);
    for (int i = 0; i < words; i++) {
        if (big_endian) store_be32(out + 4 * i, h[i]);
        else memcpy(out + 4 * i, &h[i], 4);
    }
}

/* Absorbs n bytes into a family's state (the family picks its implementation per call). */
typedef void (*hash_absorb)(void *state, const uint8_t *p, size_t n);

/* Absorbs in GILKIT_CANCEL_POLL_BYTES pieces, polling the cancel flag between them. */
static inline int absorb_polled(void *state, const uint8_t *p, int64_t len, hash_absorb absorb) {
    while (len > 0) {
        int64_t n = len < GILKIT_CANCEL_POLL_BYTES ? len : GILKIT_CANCEL_POLL_BYTES;
        absorb(state, p, (size_t)n);
        p += n, len -= n;
        if (len > 0 && gilkit_cancel_requested()) return GILKIT_ECANCELLED;
    }
    return GILKIT_OK;
}

/*
 * The body of every update(): checks, trace, release, cancellation. An update long enough to be
 * cancelled works on a copy of the state and commits it only on success, so a cancelled update
 * leaves the state as it was; short updates skip the copy (they cannot be cancelled midway).
 */
static inline int hash_update_run(int id, void *state, size_t state_size, const void *data, int64_t len,
                                  int policy, hash_absorb absorb) {
    if (state == NULL || len < 0 || (len > 0 && data == NULL)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, id, len, policy);
    if (st != GILKIT_OK) return st;
    int long_call = len > GILKIT_CANCEL_POLL_BYTES;
    _Alignas(16) unsigned char copy[GILKIT_HASH_MAX_STATE_SIZE];
    void *work = long_call ? copy : state;
    if (long_call) memcpy(copy, state, state_size);
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    st = absorb_polled(work, (const uint8_t *)data, len, absorb);
    GILKIT_END_ALLOW_THREADS
    if (long_call && st == GILKIT_OK) memcpy(state, copy, state_size);
    return kcall_end(&k, st);
}

/* The body of every one-shot: a stack state, then as update, then the family's digest. */
static inline int hash_oneshot_run(int id, void *state, const void *data, int64_t len, int policy,
                                   hash_absorb absorb) {
    if (len < 0 || (len > 0 && data == NULL)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, id, len, policy);
    if (st != GILKIT_OK) return st;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    st = absorb_polled(state, (const uint8_t *)data, len, absorb);
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

#endif /* GILKIT_HASH_INTERNAL_H */

/* ---- table CRCs (reflected), slice-by-8: eight table lookups per 8 bytes -------------------- */

#ifndef GILKIT_CRC_TABLES
#define GILKIT_CRC_TABLES
static inline void crc_tables_init(uint32_t t[8][256], uint32_t poly) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ poly : c >> 1;
        t[0][i] = c;
    }
    for (int k = 1; k < 8; k++)
        for (int i = 0; i < 256; i++) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xff];
}

/* `crc` is the register value (already inverted by the caller). */
static inline uint32_t crc_slice8(const uint32_t t[8][256], uint32_t crc, const uint8_t *p, size_t n) {
    for (; n >= 8; p += 8, n -= 8) {
        uint32_t one = load_le32(p) ^ crc, two = load_le32(p + 4);
        crc = t[7][one & 0xff] ^ t[6][(one >> 8) & 0xff] ^ t[5][(one >> 16) & 0xff] ^ t[4][one >> 24] ^
              t[3][two & 0xff] ^ t[2][(two >> 8) & 0xff] ^ t[1][(two >> 16) & 0xff] ^ t[0][two >> 24];
    }
    while (n--) crc = t[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return crc;
}
#endif
