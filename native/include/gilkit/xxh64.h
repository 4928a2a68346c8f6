/*
 * gilkit/xxh64.h - XXH64 (xxHash 0.8, 64-bit), bit-exact with the reference XXH64().
 * Streaming and one-shot, following the conventions of gilkit/hash.h and gilkit/kernel.h (kernel
 * GILKIT_KERNEL_XXH64, threshold GILKIT_THRESHOLD_XXH64). The digest is the value as 8 bytes, big-endian.
 */
#ifndef GILKIT_XXH64_H
#define GILKIT_XXH64_H

#include <stdint.h>

#include "gilkit/hash.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GILKIT_XXH64_DIGEST_SIZE 8

/** @return the size in bytes of the caller-allocated state. */
GILKIT_API int gilkit_xxh64_state_size(void);
/** Starts a new hash. @param seed the seed (0 by default) */
GILKIT_API int gilkit_xxh64_init(void *state, uint64_t seed);
/**
 * Absorbs data[0..len). Called with the lock held; releases it as `policy` says; polls the
 * cancel flag every GILKIT_CANCEL_POLL_BYTES and on GILKIT_ECANCELLED leaves the state unchanged.
 * @pre len >= 0; len == 0 => data may be NULL
 */
GILKIT_API int gilkit_xxh64_update(void *state, const void *data, int64_t len, int policy);
/** Writes the value so far to *out (may be NULL) and its big-endian bytes to digest (may be NULL). */
GILKIT_API int gilkit_xxh64_digest(const void *state, uint64_t *out, uint8_t *digest);
/**
 * One-shot: *out = the XXH64 of data[0..len) continuing from `seed`.
 * @param seed the seed (0 by default)
 */
GILKIT_API int gilkit_xxh64(const void *data, int64_t len, uint64_t seed, uint64_t *out, int policy);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_XXH64_H */
