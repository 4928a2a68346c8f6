/*
 * gilkit/kernel.h - what every native kernel shares: kernel ids, the per-call release policy,
 * the size thresholds above which a kernel releases the lock, the cancellation poll interval,
 * and the choice between the accelerated (SIMD, SHA-NI, SSE4.2) and the portable implementation.
 *
 * The calling convention of every kernel (array_math.h, sha256.h, ... follow it):
 *  - called with the lock held (or from a thread that has no tstate, e.g. a C test);
 *  - returns GILKIT_OK or a negative GILKIT_E* code and writes its results through out-pointers;
 *  - takes `policy`, one of GILKIT_RELEASE_AUTO / ALWAYS / NEVER:
 *      AUTO   releases the lock only if the bytes it reads reach gilkit_kernel_threshold(id),
 *             because below that the release and re-take cost more than the parallelism saves;
 *      ALWAYS releases whatever the size (to measure that cost);
 *      NEVER  keeps the lock for the whole call: the "hold" mode, which serializes kernels the
 *             way interpreted code is serialized, so users can compare;
 *      HOLD_QUIET is NEVER without trace events (the tiny-call fast path, see below);
 *  - polls gilkit_cancel_requested() every GILKIT_CANCEL_POLL_BYTES of input and returns
 *    GILKIT_ECANCELLED when it is set; the lock is re-taken (END runs) before returning, and the
 *    outputs are left partially written (in-place array kernels) or unchanged (hash states);
 *  - records GILKIT_EV_KERNEL_BEGIN/END trace events on the caller's tstate (gilkit/trace.h),
 *    except under GILKIT_RELEASE_HOLD_QUIET.
 *
 * Tiny calls. Kernels with a scalar result also have a `*_small` entry point (array_math.h,
 * hash.h) that takes only primitives and returns the result: no out-pointer, no status, no
 * policy (it is HOLD_QUIET). The Java facades call them when the input is below the threshold,
 * so that a call on 16 elements costs little more than the JNI transition itself.
 *
 * Thresholds and implementation choices are process-wide tuning knobs, not interpreter state:
 * they describe the machine (`gilkit calibrate` measures them), so every interpreter shares them.
 * They are atomics; setting them from any thread at any time is safe.
 */
#ifndef GILKIT_KERNEL_H
#define GILKIT_KERNEL_H

#include <stdint.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Per-call release policies (the `policy` argument of every kernel). */
#define GILKIT_RELEASE_AUTO 0   /**< release only at or above the kernel's threshold */
#define GILKIT_RELEASE_ALWAYS 1 /**< always release */
#define GILKIT_RELEASE_NEVER 2  /**< never release: hold mode */
/**
 * Hold the lock and record no trace events: the callers' fast path for an input whose AUTO
 * decision they already made (below the threshold). A kernel below its threshold does less work
 * than two trace events cost (each looks up the thread's tstate), so the facades pass this
 * instead of AUTO for tiny inputs, and the *_small entry points use it. Still polls cancellation.
 */
#define GILKIT_RELEASE_HOLD_QUIET 3

/** Kernel ids: one per kernel (or group of kernels that share a loop shape and a threshold). */
#define GILKIT_KERNEL_SUM 0     /**< sum (f64, i64) */
#define GILKIT_KERNEL_DOT 1     /**< dot (f64) */
#define GILKIT_KERNEL_BINOP 2   /**< add/sub/mul/div, array-array and array-scalar (f64, i64) */
#define GILKIT_KERNEL_AXPY 3    /**< y += alpha * x, and scale: x *= alpha */
#define GILKIT_KERNEL_SQRT 4    /**< elementwise sqrt */
#define GILKIT_KERNEL_EXP 5     /**< elementwise exp */
#define GILKIT_KERNEL_MINMAX 6  /**< min, max, argmax (f64, i64) */
#define GILKIT_KERNEL_FILL 7    /**< fill (f64, i64) */
#define GILKIT_KERNEL_MATMUL 8  /**< matrix product (f64) */
#define GILKIT_KERNEL_SHA256 9
#define GILKIT_KERNEL_SHA1 10
#define GILKIT_KERNEL_MD5 11
#define GILKIT_KERNEL_CRC32 12
#define GILKIT_KERNEL_CRC32C 13
#define GILKIT_KERNEL_XXH64 14
#define GILKIT_KERNEL_COUNT 15

/**
 * Default thresholds, in bytes of input. A contended hand-off of the lock costs tens of
 * microseconds on 2 cores, an uncontended release+re-take about 100 ns; the defaults release once
 * the work takes a few microseconds. CPython's hashlib uses 2048 bytes for the same decision.
 */
#define GILKIT_THRESHOLD_SUM (64 * 1024)
#define GILKIT_THRESHOLD_DOT (64 * 1024)
#define GILKIT_THRESHOLD_BINOP (64 * 1024)
#define GILKIT_THRESHOLD_AXPY (64 * 1024)
#define GILKIT_THRESHOLD_SQRT (16 * 1024)
#define GILKIT_THRESHOLD_EXP (8 * 1024)
#define GILKIT_THRESHOLD_MINMAX (64 * 1024)
#define GILKIT_THRESHOLD_FILL (64 * 1024)
#define GILKIT_THRESHOLD_MATMUL (16 * 1024)  /**< bytes of both operands: a 32x32 times 32x32 */
#define GILKIT_THRESHOLD_SHA256 2048
#define GILKIT_THRESHOLD_SHA1 2048
#define GILKIT_THRESHOLD_MD5 2048
#define GILKIT_THRESHOLD_CRC32 (16 * 1024)
#define GILKIT_THRESHOLD_CRC32C (32 * 1024)
#define GILKIT_THRESHOLD_XXH64 (32 * 1024)

/** Long kernels poll the cancel flag after each this many bytes of input. */
#define GILKIT_CANCEL_POLL_BYTES (4 * 1024 * 1024)

/** Implementation choices (gilkit_kernel_set_impl / gilkit_kernel_impl). */
#define GILKIT_IMPL_AUTO 0     /**< the fastest the CPU supports (the default) */
#define GILKIT_IMPL_PORTABLE 1 /**< force the portable C implementation (tests, comparisons) */
#define GILKIT_IMPL_ACCEL 2    /**< reported by gilkit_kernel_impl(): the accelerated path runs */

/**
 * Sets the release threshold of a kernel.
 * @param kernel_id a GILKIT_KERNEL_*
 * @param bytes >= 0; 0 makes AUTO behave like ALWAYS
 * @return GILKIT_OK, or GILKIT_EINVAL for an unknown id or a negative size
 */
GILKIT_API int gilkit_kernel_set_threshold(int kernel_id, int64_t bytes);

/** @return the kernel's threshold in bytes, or GILKIT_EINVAL for an unknown id. */
GILKIT_API int64_t gilkit_kernel_threshold(int kernel_id);

/** @return the kernel's compiled-in default threshold (GILKIT_THRESHOLD_*), or GILKIT_EINVAL. */
GILKIT_API int64_t gilkit_kernel_default_threshold(int kernel_id);

/** @return a static lower-case name ("sum", "sha256", ...), or NULL for an unknown id. */
GILKIT_API const char *gilkit_kernel_name(int kernel_id);

/**
 * Chooses the implementation of a kernel: GILKIT_IMPL_AUTO or GILKIT_IMPL_PORTABLE.
 * Kernels without an accelerated path accept both and always run the portable code.
 * @return GILKIT_OK, or GILKIT_EINVAL for an unknown id or impl
 */
GILKIT_API int gilkit_kernel_set_impl(int kernel_id, int impl);

/**
 * @return GILKIT_IMPL_ACCEL if the next call of the kernel runs accelerated code (the CPU has the
 *         instructions and the portable one is not forced), GILKIT_IMPL_PORTABLE if not, or
 *         GILKIT_EINVAL for an unknown id
 */
GILKIT_API int gilkit_kernel_impl(int kernel_id);

/**
 * Decides whether a kernel call releases the lock (the rule of the AUTO/ALWAYS/NEVER policies).
 * @return 1 to release, 0 to hold, GILKIT_EINVAL for an unknown policy
 */
static inline int gilkit_kernel_should_release(int kernel_id, int64_t bytes, int policy) {
    if (policy == GILKIT_RELEASE_AUTO) return bytes >= gilkit_kernel_threshold(kernel_id);
    if (policy == GILKIT_RELEASE_ALWAYS) return 1;
    if (policy == GILKIT_RELEASE_NEVER || policy == GILKIT_RELEASE_HOLD_QUIET) return 0;
    return GILKIT_EINVAL;
}

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_KERNEL_H */
