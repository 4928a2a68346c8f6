/*
 * gilkit/md5.h - MD5 (RFC 1321); portable C. Streaming and one-shot, following the conventions of gilkit/hash.h
 * and gilkit/kernel.h (kernel GILKIT_KERNEL_MD5, threshold GILKIT_THRESHOLD_MD5).
 */
#ifndef GILKIT_MD5_H
#define GILKIT_MD5_H

#include <stdint.h>

#include "gilkit/hash.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GILKIT_MD5_DIGEST_SIZE 16
#define GILKIT_MD5_BLOCK_SIZE 64

/** @return the size in bytes of the caller-allocated state. */
GILKIT_API int gilkit_md5_state_size(void);
/** Starts a new hash. @return GILKIT_OK or GILKIT_EINVAL for NULL */
GILKIT_API int gilkit_md5_init(void *state);
/**
 * Absorbs data[0..len). Called with the lock held; releases it as `policy` says; polls the
 * cancel flag every GILKIT_CANCEL_POLL_BYTES and on GILKIT_ECANCELLED leaves the state unchanged.
 * @pre len >= 0; len == 0 => data may be NULL
 */
GILKIT_API int gilkit_md5_update(void *state, const void *data, int64_t len, int policy);
/** Writes the digest so far to out[0..GILKIT_MD5_DIGEST_SIZE); the state is not changed. */
GILKIT_API int gilkit_md5_digest(const void *state, uint8_t *out);
/** One-shot digest of data[0..len) into out[0..GILKIT_MD5_DIGEST_SIZE). */
GILKIT_API int gilkit_md5(const void *data, int64_t len, uint8_t *out, int policy);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_MD5_H */
