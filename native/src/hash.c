/*
 * hash.c - the generic hash entry points of gilkit/hash.h: one switch per operation from the
 * kernel id to the family's function, so bindings need six functions instead of thirty.
 */
#include "gilkit/crc32.h"
#include "gilkit/crc32c.h"
#include "gilkit/md5.h"
#include "gilkit/sha1.h"
#include "gilkit/sha256.h"
#include "gilkit/xxh64.h"
#include "hash_internal.h"

int gilkit_hash_is_hash(int id) {
    return id >= GILKIT_KERNEL_SHA256 && id <= GILKIT_KERNEL_XXH64;
}

int gilkit_hash_state_size(int id) {
    switch (id) {
    case GILKIT_KERNEL_SHA256: return gilkit_sha256_state_size();
    case GILKIT_KERNEL_SHA1: return gilkit_sha1_state_size();
    case GILKIT_KERNEL_MD5: return gilkit_md5_state_size();
    case GILKIT_KERNEL_CRC32: return gilkit_crc32_state_size();
    case GILKIT_KERNEL_CRC32C: return gilkit_crc32c_state_size();
    case GILKIT_KERNEL_XXH64: return gilkit_xxh64_state_size();
    default: return GILKIT_EINVAL;
    }
}

int gilkit_hash_digest_size(int id) {
    static const int sizes[] = {32, 20, 16, 4, 4, 8};
    return gilkit_hash_is_hash(id) ? sizes[id - GILKIT_KERNEL_SHA256] : GILKIT_EINVAL;
}

int gilkit_hash_block_size(int id) {
    static const int sizes[] = {64, 64, 64, 1, 1, 32};
    return gilkit_hash_is_hash(id) ? sizes[id - GILKIT_KERNEL_SHA256] : GILKIT_EINVAL;
}

int gilkit_hash_init(int id, void *state, uint64_t seed) {
    switch (id) {
    case GILKIT_KERNEL_SHA256: return gilkit_sha256_init(state);
    case GILKIT_KERNEL_SHA1: return gilkit_sha1_init(state);
    case GILKIT_KERNEL_MD5: return gilkit_md5_init(state);
    case GILKIT_KERNEL_CRC32: return gilkit_crc32_init(state, (uint32_t)seed);
    case GILKIT_KERNEL_CRC32C: return gilkit_crc32c_init(state, (uint32_t)seed);
    case GILKIT_KERNEL_XXH64: return gilkit_xxh64_init(state, seed);
    default: return GILKIT_EINVAL;
    }
}

int gilkit_hash_update(int id, void *state, const void *data, int64_t len, int policy) {
    switch (id) {
    case GILKIT_KERNEL_SHA256: return gilkit_sha256_update(state, data, len, policy);
    case GILKIT_KERNEL_SHA1: return gilkit_sha1_update(state, data, len, policy);
    case GILKIT_KERNEL_MD5: return gilkit_md5_update(state, data, len, policy);
    case GILKIT_KERNEL_CRC32: return gilkit_crc32_update(state, data, len, policy);
    case GILKIT_KERNEL_CRC32C: return gilkit_crc32c_update(state, data, len, policy);
    case GILKIT_KERNEL_XXH64: return gilkit_xxh64_update(state, data, len, policy);
    default: return GILKIT_EINVAL;
    }
}

int gilkit_hash_digest(int id, const void *state, uint8_t *out) {
    if (out == NULL) return GILKIT_EINVAL;
    switch (id) {
    case GILKIT_KERNEL_SHA256: return gilkit_sha256_digest(state, out);
    case GILKIT_KERNEL_SHA1: return gilkit_sha1_digest(state, out);
    case GILKIT_KERNEL_MD5: return gilkit_md5_digest(state, out);
    case GILKIT_KERNEL_CRC32: return gilkit_crc32_digest(state, NULL, out);
    case GILKIT_KERNEL_CRC32C: return gilkit_crc32c_digest(state, NULL, out);
    case GILKIT_KERNEL_XXH64: return gilkit_xxh64_digest(state, NULL, out);
    default: return GILKIT_EINVAL;
    }
}

int gilkit_hash(int id, const void *data, int64_t len, uint64_t seed, uint8_t *out, int policy) {
    if (out == NULL) return GILKIT_EINVAL;
    int st;
    switch (id) {
    case GILKIT_KERNEL_SHA256: return gilkit_sha256(data, len, out, policy);
    case GILKIT_KERNEL_SHA1: return gilkit_sha1(data, len, out, policy);
    case GILKIT_KERNEL_MD5: return gilkit_md5(data, len, out, policy);
    case GILKIT_KERNEL_CRC32:
    case GILKIT_KERNEL_CRC32C: {
        uint32_t v = 0;
        st = id == GILKIT_KERNEL_CRC32 ? gilkit_crc32(data, len, (uint32_t)seed, &v, policy)
                                       : gilkit_crc32c(data, len, (uint32_t)seed, &v, policy);
        if (st == GILKIT_OK) store_be32(out, v);
        return st;
    }
    case GILKIT_KERNEL_XXH64: {
        uint64_t v = 0;
        st = gilkit_xxh64(data, len, seed, &v, policy);
        if (st == GILKIT_OK) store_be64(out, v);
        return st;
    }
    default: return GILKIT_EINVAL;
    }
}

int gilkit_hash_small(int id, const void *data, int64_t len, uint64_t seed, uint8_t *out) {
    return gilkit_hash(id, data, len, seed, out, GILKIT_RELEASE_HOLD_QUIET);
}

uint64_t gilkit_hash_small_value(int id, const void *data, int64_t len, uint64_t seed) {
    uint32_t v32 = 0;
    uint64_t v64 = 0;
    switch (id) {
    case GILKIT_KERNEL_CRC32:
        return gilkit_crc32(data, len, (uint32_t)seed, &v32, GILKIT_RELEASE_HOLD_QUIET) == GILKIT_OK ? v32 : 0;
    case GILKIT_KERNEL_CRC32C:
        return gilkit_crc32c(data, len, (uint32_t)seed, &v32, GILKIT_RELEASE_HOLD_QUIET) == GILKIT_OK ? v32 : 0;
    case GILKIT_KERNEL_XXH64:
        return gilkit_xxh64(data, len, seed, &v64, GILKIT_RELEASE_HOLD_QUIET) == GILKIT_OK ? v64 : 0;
    default: return 0;
    }
}
