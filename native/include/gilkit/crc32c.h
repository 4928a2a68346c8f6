/*
 * gilkit/crc32c.h - CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, as iSCSI/ext4); the SSE4.2 crc32 instruction when present, slice-by-8 otherwise.
 * Streaming and one-shot, following the conventions of gilkit/hash.h and gilkit/kernel.h (kernel
 * GILKIT_KERNEL_CRC32C, threshold GILKIT_THRESHOLD_CRC32C). The digest is the value as 4 bytes, big-endian.
 */
#ifndef GILKIT_CRC32C_H
#define GILKIT_CRC32C_H

#include <stdint.h>

#include "gilkit/hash.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GILKIT_CRC32C_DIGEST_SIZE 4

/** @return the size in bytes of the caller-allocated state. */
GILKIT_API int gilkit_crc32c_state_size(void);
/** Starts a new hash. @param crc the CRC so far (0 to start) */
GILKIT_API int gilkit_crc32c_init(void *state, uint32_t crc);
/**
 * Absorbs data[0..len). Called with the lock held; releases it as `policy` says; polls the
 * cancel flag every GILKIT_CANCEL_POLL_BYTES and on GILKIT_ECANCELLED leaves the state unchanged.
 * @pre len >= 0; len == 0 => data may be NULL
 */
GILKIT_API int gilkit_crc32c_update(void *state, const void *data, int64_t len, int policy);
/** Writes the value so far to *out (may be NULL) and its big-endian bytes to digest (may be NULL). */
GILKIT_API int gilkit_crc32c_digest(const void *state, uint32_t *out, uint8_t *digest);
/**
 * One-shot: *out = the CRC32C of data[0..len) continuing from `crc`.
 * @param crc the CRC so far (0 to start)
 */
GILKIT_API int gilkit_crc32c(const void *data, int64_t len, uint32_t crc, uint32_t *out, int policy);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_CRC32C_H */
