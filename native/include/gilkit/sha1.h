/*
 * gilkit/sha1.h - SHA-1 (FIPS 180-4); portable C. Streaming and one-shot, following the conventions of gilkit/hash.h
 * and gilkit/kernel.h (kernel GILKIT_KERNEL_SHA1, threshold GILKIT_THRESHOLD_SHA1).
 */
#ifndef GILKIT_SHA1_H
#define GILKIT_SHA1_H

#include <stdint.h>

#include "gilkit/hash.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GILKIT_SHA1_DIGEST_SIZE 20
#define GILKIT_SHA1_BLOCK_SIZE 64

/** @return the size in bytes of the caller-allocated state. */
GILKIT_API int gilkit_sha1_state_size(void);
/** Starts a new hash. @return GILKIT_OK or GILKIT_EINVAL for NULL */
GILKIT_API int gilkit_sha1_init(void *state);
/**
 * Absorbs data[0..len). Called with the lock held; releases it as `policy` says; polls the
 * cancel flag every GILKIT_CANCEL_POLL_BYTES and on GILKIT_ECANCELLED leaves the state unchanged.
 * @pre len >= 0; len == 0 => data may be NULL
 */
GILKIT_API int gilkit_sha1_update(void *state, const void *data, int64_t len, int policy);
/** Writes the digest so far to out[0..GILKIT_SHA1_DIGEST_SIZE); the state is not changed. */
GILKIT_API int gilkit_sha1_digest(const void *state, uint8_t *out);
/** One-shot digest of data[0..len) into out[0..GILKIT_SHA1_DIGEST_SIZE). */
GILKIT_API int gilkit_sha1(const void *data, int64_t len, uint8_t *out, int policy);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_SHA1_H */
