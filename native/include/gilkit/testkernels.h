/*
 * gilkit/testkernels.h - kernels that exist only to test and measure the lock.
 *
 * They prove properties a test cannot see from outside: that BEGIN/END really lets two threads
 * run native code at the same time (the rendezvous), what BEGIN/END costs around nothing (the
 * no-op), and that gilkit_gilstate_ensure() works from a thread the interpreter never saw.
 */
#ifndef GILKIT_TESTKERNELS_H
#define GILKIT_TESTKERNELS_H

#include <stdint.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Waits until `parties` callers are inside this function at once, or until `timeout_ns` passes.
 * The rendezvous is process-wide (one at a time; test-only).
 * @param parties callers to wait for, >= 1
 * @param timeout_ns how long each caller waits, >= 0
 * @param release_lock 1: the lock is released around the wait (GILKIT_BEGIN_ALLOW_THREADS), so
 *        other interpreter threads can enter; 0: the lock stays held, so they never can
 * @return 1 if all parties met before the timeout, 0 if not, GILKIT_EINVAL for bad arguments
 */
GILKIT_API int gilkit_test_rendezvous(int parties, int64_t timeout_ns, int release_lock);

/** BEGIN/END around nothing: the fixed cost of releasing and re-taking. @return 0 */
GILKIT_API int gilkit_test_noop_released(void);

/** Does nothing with the lock held: the JNI-call baseline for the no-op above. @return 0 */
GILKIT_API int gilkit_test_noop(void);

/**
 * Starts a pthread the interpreter did not create, which `iterations` times calls
 * gilkit_gilstate_ensure(gil) twice (the second one nested), increments *counter (a plain,
 * non-atomic add that only the lock protects), and releases both; then joins it with the lock
 * released (GILKIT_BEGIN_ALLOW_THREADS), so interpreter threads keep running meanwhile.
 * @pre counter points to memory that every user touches only while holding the lock
 * @return 0 if every ensure/release succeeded, else the first negative GILKIT_E* code
 */
GILKIT_API int gilkit_test_foreign_increments(gilkit_gil *gil, int64_t *counter, int64_t iterations);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_TESTKERNELS_H */
