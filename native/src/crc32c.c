/*
 * crc32c.c - CRC-32C (Castagnoli; reflected polynomial 0x82F63B78, init/final inversion as in
 * iSCSI and ext4). The SSE4.2 crc32 instruction computes exactly this polynomial, 8 bytes per
 * instruction; without it, slice-by-8 tables.
 */
#include <nmmintrin.h>

#include "gilkit/crc32c.h"
#include "hash_internal.h"

static uint32_t table[8][256];

__attribute__((constructor)) static void init_table(void) {
    crc_tables_init(table, 0x82F63B78u);
}

/* One dependency chain of crc32q: 3-cycle latency, about 8 bytes per 3 cycles. */
__attribute__((target("sse4.2"))) static uint32_t crc_sse42(uint32_t crc, const uint8_t *p, size_t n) {
    uint64_t c = crc;
    for (; n >= 8; p += 8, n -= 8) c = _mm_crc32_u64(c, load_le64(p));
    uint32_t c32 = (uint32_t)c;
    while (n--) c32 = _mm_crc32_u8(c32, *p++);
    return c32;
}

typedef struct {
    uint32_t crc; /* the value so far (not inverted) */
} crc32c_state;

static void absorb(void *state, const uint8_t *p, size_t n) {
    crc32c_state *s = state;
    if (gilkit_kernel_use_accel_(GILKIT_KERNEL_CRC32C, CPU_SSE42)) s->crc = ~crc_sse42(~s->crc, p, n);
    else s->crc = ~crc_slice8(table, ~s->crc, p, n);
}

int gilkit_crc32c_state_size(void) {
    return (int)sizeof(crc32c_state);
}

int gilkit_crc32c_init(void *state, uint32_t crc) {
    if (state == NULL) return GILKIT_EINVAL;
    ((crc32c_state *)state)->crc = crc;
    return GILKIT_OK;
}

int gilkit_crc32c_update(void *state, const void *data, int64_t len, int policy) {
    return hash_update_run(GILKIT_KERNEL_CRC32C, state, sizeof(crc32c_state), data, len, policy, absorb);
}

int gilkit_crc32c_digest(const void *state, uint32_t *out, uint8_t *digest) {
    if (state == NULL) return GILKIT_EINVAL;
    uint32_t v = ((const crc32c_state *)state)->crc;
    if (out) *out = v;
    if (digest) store_be32(digest, v);
    return GILKIT_OK;
}

int gilkit_crc32c(const void *data, int64_t len, uint32_t crc, uint32_t *out, int policy) {
    crc32c_state s = {crc};
    if (out == NULL) return GILKIT_EINVAL;
    int st = hash_oneshot_run(GILKIT_KERNEL_CRC32C, &s, data, len, policy, absorb);
    if (st == GILKIT_OK) *out = s.crc;
    return st;
}
