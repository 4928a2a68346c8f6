/*
 * gilkit/memory.h - zeroed off-heap memory for the Java NativeBuffer (and anything else that
 * hands kernels memory it owns). Plain calloc/free behind exported names, so that Java allocates
 * with one JNI call instead of JavaCPP's Pointer allocation (which also registers a deallocator
 * and samples the process's physical memory: ~2 us for a 128-byte array, against NumPy's whole
 * `a + b` at ~0.5 us). Large blocks come from calloc's fresh zero pages, so zeros(10**8) does
 * not touch memory it never uses, as NumPy's zeros does not.
 */
#ifndef GILKIT_MEMORY_H
#define GILKIT_MEMORY_H

#include <stdint.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @param bytes >= 0 (0 allocates a 1-byte block, so every success is a distinct non-NULL pointer)
 * @return zeroed memory aligned as malloc's (16 bytes), or NULL if bytes < 0 or allocation failed.
 *         Callers wanting 64-byte alignment over-allocate by 63 and round up. Thread-safe; no lock.
 */
GILKIT_API void *gilkit_mem_calloc(int64_t bytes);

/** Frees a block from gilkit_mem_calloc (NULL is a no-op). */
GILKIT_API void gilkit_mem_free(void *p);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_MEMORY_H */
