/*
 * gilkit/hash.h - the conventions shared by the hash kernels (sha256.h, sha1.h, md5.h, crc32.h,
 * crc32c.h, xxh64.h), and one generic entry point per operation that takes the kernel id, which
 * is what the Java facade and the hashlib/zlib modules bind to.
 *
 * Conventions (each family header repeats them in its names):
 *  - Streaming: the caller allocates a state of gilkit_<name>_state_size() bytes (8-byte aligned;
 *    malloc or a JavaCPP Pointer is fine), calls init once, update any number of times, and
 *    digest whenever it wants a result. digest does NOT consume the state (hashlib's digest()
 *    may be followed by more updates), and a state may be duplicated with memcpy (hashlib's
 *    copy()). A state must not be used by two threads at once: update releases the lock, so the
 *    caller serializes (the Java hasher objects are synchronized).
 *  - One-shot: gilkit_<name>(data, len, ..., out, policy) = init + update + digest.
 *  - update and one-shot follow gilkit/kernel.h: `policy`, thresholds, GILKIT_ECANCELLED. A
 *    cancelled update leaves the state exactly as it was before the call.
 *  - Digests are bytes: SHA/MD5 in their standard byte order; CRC-32/CRC-32C as 4 bytes and
 *    XXH64 as 8 bytes, big-endian (the "canonical" form of xxHash, `crc.to_bytes(4, "big")`).
 *    The CRC and XXH64 one-shots also return the integer value.
 *  - The accelerated implementation (SHA-NI, SSE4.2 crc32, PCLMUL) is chosen at run time;
 *    gilkit_kernel_set_impl(id, GILKIT_IMPL_PORTABLE) forces the portable one for any new call.
 *    Both produce identical states, so a state may cross from one to the other.
 *  - Errors: GILKIT_EINVAL for a NULL state/out, data == NULL with len > 0, len < 0, a bad
 *    policy or a non-hash kernel id.
 */
#ifndef GILKIT_HASH_H
#define GILKIT_HASH_H

#include <stdint.h>

#include "gilkit/gil.h"
#include "gilkit/kernel.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The largest state and digest of any hash family (for callers that allocate once). */
#define GILKIT_HASH_MAX_STATE_SIZE 128
#define GILKIT_HASH_MAX_DIGEST_SIZE 32

/** @return 1 if kernel_id is a hash kernel (SHA256, SHA1, MD5, CRC32, CRC32C, XXH64), else 0. */
GILKIT_API int gilkit_hash_is_hash(int kernel_id);
/** @return the state size in bytes, or GILKIT_EINVAL. */
GILKIT_API int gilkit_hash_state_size(int kernel_id);
/** @return the digest size in bytes (32, 20, 16, 4, 4, 8), or GILKIT_EINVAL. */
GILKIT_API int gilkit_hash_digest_size(int kernel_id);
/** @return the internal block size in bytes (64 for SHA/MD5, as hashlib's block_size; 1 for CRC, 32 for XXH64). */
GILKIT_API int gilkit_hash_block_size(int kernel_id);

/**
 * Initializes a state.
 * @param seed the starting CRC value (zlib's `value`, 0 by default) for CRC32/CRC32C (low 32
 *        bits), the seed for XXH64, ignored by SHA/MD5
 */
GILKIT_API int gilkit_hash_init(int kernel_id, void *state, uint64_t seed);
/** Absorbs data[0..len). Called with the lock held; releases it as `policy` says. */
GILKIT_API int gilkit_hash_update(int kernel_id, void *state, const void *data, int64_t len, int policy);
/** Writes the digest of everything absorbed so far to out[0 .. digest_size). Does not change the state. */
GILKIT_API int gilkit_hash_digest(int kernel_id, const void *state, uint8_t *out);
/** One-shot: digest of data[0..len) with `seed` as in gilkit_hash_init, into out[0 .. digest_size). */
GILKIT_API int gilkit_hash(int kernel_id, const void *data, int64_t len, uint64_t seed, uint8_t *out, int policy);

/*
 * Tiny calls (gilkit/kernel.h "Tiny calls"): the one-shot with policy GILKIT_RELEASE_HOLD_QUIET
 * (lock kept, no trace events), for callers that validated the arguments and decided not to
 * release (the Java facades, below the threshold).
 */
/** As gilkit_hash() with HOLD_QUIET. @return GILKIT_OK or GILKIT_EINVAL */
GILKIT_API int gilkit_hash_small(int kernel_id, const void *data, int64_t len, uint64_t seed, uint8_t *out);
/**
 * The integer value of a CRC32, CRC32C (low 32 bits) or XXH64 one-shot, returned directly.
 * @return the value, or 0 for invalid arguments or a kernel id that has no integer value
 */
GILKIT_API uint64_t gilkit_hash_small_value(int kernel_id, const void *data, int64_t len, uint64_t seed);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_HASH_H */
