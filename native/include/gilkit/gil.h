/*
 * gilkit/gil.h - the global interpreter lock, its policies, and the release macros for native code.
 *
 * One gilkit_gil exists per interpreter (there is no process-wide singleton). Every OS thread that
 * runs interpreted code for that interpreter owns one gilkit_tstate, created by
 * gilkit_tstate_create() on that thread. A thread runs bytecode only while it holds the lock.
 *
 * Native kernels called with the lock held release it around their long loop:
 *
 *     double gilkit_sum_f64(const double *a, int64_t n) {
 *         double r;
 *         GILKIT_BEGIN_ALLOW_THREADS
 *         r = sum_loop(a, n);          // no interpreter state may be touched here
 *         GILKIT_END_ALLOW_THREADS
 *         return r;
 *     }
 *
 * Rules (as CPython's Py_BEGIN_ALLOW_THREADS in ceval.h):
 *  - BEGIN and END open and close a C block: they must appear in the same function, at the same
 *    nesting level. Never `return`, `break` or `goto` out of the block: set a variable and fall
 *    through to END.
 *  - Never nest BEGIN inside BEGIN (the debug build aborts with a message if you do).
 *  - Inside the block, GILKIT_BLOCK_THREADS re-takes the lock (e.g. to call back into the
 *    interpreter) and GILKIT_UNBLOCK_THREADS releases it again; they must be balanced.
 *  - The macros preserve errno.
 *  - A thread with no tstate, or a tstate that does not hold the lock (e.g. a pure C test), passes
 *    through BEGIN/END without touching any lock.
 *
 * Threads the interpreter did not create (callbacks from a native pool) use
 * gilkit_gilstate_ensure()/gilkit_gilstate_release(), which are re-entrant.
 *
 * Unless stated otherwise, every function returns 0 on success or a negative GILKIT_E* code,
 * never aborts on bad arguments in a release build, and is thread-safe.
 */
#ifndef GILKIT_GIL_H
#define GILKIT_GIL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define GILKIT_API __attribute__((visibility("default")))
#else
#define GILKIT_API
#endif

/** Error codes (negative return values). */
#define GILKIT_OK 0
#define GILKIT_EINVAL (-1)     /**< bad argument (NULL, out of range, unknown policy) */
#define GILKIT_ENOMEM (-2)     /**< allocation failed */
#define GILKIT_ENOTHELD (-3)   /**< the calling tstate does not hold the lock */
#define GILKIT_EHELD (-4)      /**< the calling tstate already holds the lock */
#define GILKIT_EWRONGTHREAD (-5) /**< tstate used from a thread other than its owner */
#define GILKIT_ECLOSED (-6)    /**< the lock or tstate was destroyed / is shutting down */
#define GILKIT_ECANCELLED (-7) /**< a long operation saw its cancel flag and stopped early */
#define GILKIT_EPTHREAD (-8)   /**< a pthread call failed */

/** Lock policies, chosen when the lock is created. */
#define GILKIT_POLICY_NEW 0    /**< CPython >= 3.2: timed wait, drop request, forced switch */
#define GILKIT_POLICY_LEGACY 1 /**< CPython < 3.2: release and re-compete every N ticks */
#define GILKIT_POLICY_FIFO 2   /**< fair hand-off in arrival order */
#define GILKIT_POLICY_OFF 3    /**< no lock at all: unsafe, for demonstrating races */

/** Defaults. */
#define GILKIT_DEFAULT_INTERVAL_NS 5000000LL /**< 5 ms, as sys.getswitchinterval() */
#define GILKIT_MIN_INTERVAL_NS 1000LL        /**< 1 us */
#define GILKIT_DEFAULT_LEGACY_TICKS 100      /**< check points between legacy releases */

/** Why a tstate is not holding the lock (for statistics and traces). */
#define GILKIT_RELEASE_SWITCH 0   /**< gave it up at a check point */
#define GILKIT_RELEASE_BLOCKING 1 /**< released around a blocking call (sleep, join, I/O) */
#define GILKIT_RELEASE_NATIVE 2   /**< released by GILKIT_BEGIN_ALLOW_THREADS in a kernel */

/** Per-thread statistics, in this order in the array filled by gilkit_tstate_stats(). */
#define GILKIT_STAT_ACQUISITIONS 0     /**< times the lock was taken */
#define GILKIT_STAT_WAIT_NS 1          /**< nanoseconds spent waiting to take it */
#define GILKIT_STAT_HOLD_NS 2          /**< nanoseconds spent holding it */
#define GILKIT_STAT_NATIVE_NS 3        /**< nanoseconds released inside BEGIN/END blocks */
#define GILKIT_STAT_BLOCKING_NS 4      /**< nanoseconds released around blocking calls */
#define GILKIT_STAT_DROP_REQUESTS_MADE 5     /**< drop requests this thread set while waiting */
#define GILKIT_STAT_DROP_REQUESTS_RECEIVED 6 /**< drop requests this thread honoured */
#define GILKIT_STAT_FORCED_SWITCHES 7  /**< times this thread waited for another to take it */
#define GILKIT_STAT_WAKEUPS_LOST 8     /**< times this thread, waiting, was woken and found the lock taken (not timeouts) */
#define GILKIT_STAT_COUNT 9

typedef struct gilkit_gil gilkit_gil;
typedef struct gilkit_tstate gilkit_tstate;

/**
 * Creates a lock.
 * @param policy one of GILKIT_POLICY_*
 * @param interval_ns switch interval, >= GILKIT_MIN_INTERVAL_NS: under `new` and `fifo`, how long a
 *        holder keeps the lock (from taking it) before a waiting thread asks it to drop
 * @return the lock, or NULL if an argument is out of range or memory ran out
 */
GILKIT_API gilkit_gil *gilkit_gil_create(int policy, int64_t interval_ns);

/**
 * Destroys a lock. Every tstate of the lock must have been destroyed first.
 * @return GILKIT_EINVAL if tstates are still attached (the lock is then left intact)
 */
GILKIT_API int gilkit_gil_destroy(gilkit_gil *gil);

/** @return the policy the lock was created with, or GILKIT_EINVAL for NULL. */
GILKIT_API int gilkit_gil_policy(const gilkit_gil *gil);

/** Sets the switch interval at run time. @pre interval_ns >= GILKIT_MIN_INTERVAL_NS */
GILKIT_API int gilkit_gil_set_interval_ns(gilkit_gil *gil, int64_t interval_ns);
/** @return the switch interval in nanoseconds, or GILKIT_EINVAL for NULL. */
GILKIT_API int64_t gilkit_gil_interval_ns(const gilkit_gil *gil);

/** Sets the legacy policy's ticks between releases. @pre ticks >= 1 */
GILKIT_API int gilkit_gil_set_legacy_ticks(gilkit_gil *gil, int ticks);
/** @return the legacy ticks, or GILKIT_EINVAL for NULL. */
GILKIT_API int gilkit_gil_legacy_ticks(const gilkit_gil *gil);

/**
 * The address of the lock's eval-breaker word: a 32-bit int that is non-zero while some waiter has
 * asked the holder to drop the lock. The interpreter reads it at every check point (an acquire-or-
 * relaxed load of this word is the whole fast path); when it is non-zero it calls
 * gilkit_gil_checkpoint(). The address is valid until gilkit_gil_destroy().
 */
GILKIT_API int32_t *gilkit_gil_eval_breaker(gilkit_gil *gil);

/** @return how many times the lock changed hands (slow-path takes), or GILKIT_EINVAL for NULL. */
GILKIT_API int64_t gilkit_gil_switch_number(const gilkit_gil *gil);

/** @return the number of threads currently waiting for the lock, or GILKIT_EINVAL for NULL. */
GILKIT_API int gilkit_gil_waiters(const gilkit_gil *gil);

/**
 * Creates the calling thread's state for this lock. The tstate does not hold the lock yet.
 * @param name a label for statistics and traces (copied; may be NULL)
 * @return the tstate, or NULL on bad arguments / no memory / closed lock
 */
GILKIT_API gilkit_tstate *gilkit_tstate_create(gilkit_gil *gil, const char *name);

/** Destroys a tstate. @pre called by its owner thread, which no longer holds the lock. */
GILKIT_API int gilkit_tstate_destroy(gilkit_tstate *ts);

/** Takes the lock for ts, blocking as the policy says. @pre ts does not hold it (else GILKIT_EHELD). */
GILKIT_API int gilkit_gil_acquire(gilkit_tstate *ts);

/**
 * Releases the lock. @pre ts holds it (else GILKIT_ENOTHELD).
 * @param reason one of GILKIT_RELEASE_*; what the statistics charge the released time to
 */
GILKIT_API int gilkit_gil_release(gilkit_tstate *ts, int reason);

/**
 * The slow path of a check point, called with the lock held when the eval breaker is set (new,
 * fifo), or every N ticks (legacy). Drops the lock if it should and takes it back.
 * @return 1 if the lock was dropped and re-taken, 0 if not, or a negative GILKIT_E* code
 */
GILKIT_API int gilkit_gil_checkpoint(gilkit_tstate *ts);

/** @return 1 if ts holds the lock, 0 if not, GILKIT_EINVAL for NULL. */
GILKIT_API int gilkit_tstate_holds(const gilkit_tstate *ts);

/**
 * Copies ts's statistics (GILKIT_STAT_* order) into out[0..n).
 * Times still running (an ongoing hold or wait) are included up to now.
 */
GILKIT_API int gilkit_tstate_stats(const gilkit_tstate *ts, int64_t *out, int n);

/** Sets/clears ts's cancel flag; long kernels poll it and return GILKIT_ECANCELLED. */
GILKIT_API int gilkit_tstate_set_cancel(gilkit_tstate *ts, int cancel);

/** @return the calling thread's current tstate (the one that last acquired on this thread), or NULL. */
GILKIT_API gilkit_tstate *gilkit_tstate_current(void);

/** @return 1 if the calling thread's current tstate has its cancel flag set, else 0. Cheap. */
GILKIT_API int gilkit_cancel_requested(void);

/**
 * Checks that the calling thread's current tstate holds the lock, for code about to touch
 * interpreter state. Debug build: aborts with a message if not. Release build: only reports.
 * @return 1 if held, 0 if not
 */
GILKIT_API int gilkit_assert_held(void);

/** Kernels put this before touching interpreter state; it costs nothing in release builds. */
#ifdef GILKIT_DEBUG
#define GILKIT_ASSERT_HELD() ((void)gilkit_assert_held())
#else
#define GILKIT_ASSERT_HELD() ((void)0)
#endif

/**
 * Releases the lock if the calling thread's current tstate holds it (reason GILKIT_RELEASE_NATIVE).
 * @return the tstate to pass to gilkit_restore_thread(), or NULL if nothing was released
 */
GILKIT_API gilkit_tstate *gilkit_save_thread(void);

/** Re-takes the lock released by gilkit_save_thread(). NULL is a no-op. Preserves errno. */
GILKIT_API void gilkit_restore_thread(gilkit_tstate *ts);

/**
 * Makes sure the calling thread holds the lock of `gil`, creating a tstate for a thread the
 * interpreter did not create. Re-entrant: a thread that already holds it only counts the nesting.
 * @return a token for gilkit_gilstate_release(), or a negative GILKIT_E* code
 */
GILKIT_API int gilkit_gilstate_ensure(gilkit_gil *gil);

/** Undoes the matching gilkit_gilstate_ensure(). @param token its return value */
GILKIT_API int gilkit_gilstate_release(gilkit_gil *gil, int token);

/*
 * Lock-state snapshots, for deadlock diagnosis (a watchdog, SIGQUIT): who holds the lock, who
 * waits and for how long. A snapshot never takes the lock itself, only the short registry mutex,
 * so it works while the lock is stuck. The values are read racily from live threads: each is
 * exact, but the set may straddle a hand-off (a thread may show as waiting a moment after it took
 * the lock). See native/src/snapshot.c.
 */

/** What an attached thread state is doing (GILKIT_SNAP_T_STATE). */
#define GILKIT_TS_IDLE 0     /**< not holding, not waiting (never acquired, or released at a check point) */
#define GILKIT_TS_HOLDING 1  /**< holds the lock */
#define GILKIT_TS_WAITING 2  /**< blocked taking the lock */
#define GILKIT_TS_NATIVE 3   /**< released it inside GILKIT_BEGIN/END_ALLOW_THREADS (a kernel) */
#define GILKIT_TS_BLOCKING 4 /**< released it around a blocking call (sleep, join, I/O) */

/** Header of a snapshot: out[0 .. GILKIT_SNAP_HEADER). */
#define GILKIT_SNAP_TAKEN_NS 0     /**< CLOCK_MONOTONIC ns when taken (the trace clock) */
#define GILKIT_SNAP_POLICY 1       /**< GILKIT_POLICY_* */
#define GILKIT_SNAP_INTERVAL_NS 2  /**< switch interval, ns */
#define GILKIT_SNAP_SWITCHES 3     /**< gilkit_gil_switch_number() */
#define GILKIT_SNAP_DROP_REQUEST 4 /**< 1 if the eval breaker (drop request) is set */
#define GILKIT_SNAP_WAITERS 5      /**< gilkit_gil_waiters() */
#define GILKIT_SNAP_HOLDER_ID 6    /**< id of the holding tstate, -1 if none (always -1 under off) */
#define GILKIT_SNAP_THREADS 7      /**< attached tstates (may exceed the rows written) */
#define GILKIT_SNAP_HEADER 8
/** One row per tstate after the header, GILKIT_SNAP_T_LONGS longs each. */
#define GILKIT_SNAP_T_ID 0           /**< gilkit_tstate_id() */
#define GILKIT_SNAP_T_STATE 1        /**< GILKIT_TS_* */
#define GILKIT_SNAP_T_STATE_NS 2     /**< ns in that state so far (WAITING: waited; HOLDING: held) */
#define GILKIT_SNAP_T_CANCEL 3       /**< 1 if the cancel flag is set */
#define GILKIT_SNAP_T_ACQUISITIONS 4 /**< GILKIT_STAT_ACQUISITIONS */
#define GILKIT_SNAP_T_LONGS 5
/** Bytes per name slot in the `names` buffer (NUL-terminated, truncated). */
#define GILKIT_SNAP_NAME_BYTES 48

/**
 * Takes a snapshot of the lock's state. Any thread, lock held or not; never blocks on the lock.
 * @param out GILKIT_SNAP_HEADER + max_threads * GILKIT_SNAP_T_LONGS longs
 * @param max_threads rows available, >= 0 (rows beyond it are counted in the header, not written)
 * @param names max_threads * GILKIT_SNAP_NAME_BYTES bytes, row i's name at i * GILKIT_SNAP_NAME_BYTES;
 *        may be NULL when max_threads == 0
 * @param names_bytes size of `names`, checked against max_threads
 * @return rows written (min(attached, max_threads)), or GILKIT_EINVAL
 */
GILKIT_API int gilkit_gil_snapshot(gilkit_gil *gil, int64_t *out, int max_threads, char *names, int64_t names_bytes);

/** @return a static string naming the library version, e.g. "0.1.0". */
GILKIT_API const char *gilkit_version(void);

/** @return a static text for a GILKIT_E* code. */
GILKIT_API const char *gilkit_strerror(int code);

/*
 * The release macros. `cond` lets a kernel release only above its size threshold
 * (GILKIT_BEGIN_ALLOW_THREADS_IF(n >= threshold)). Brace-balanced: BEGIN opens a block, END closes it.
 */
#define GILKIT_BEGIN_ALLOW_THREADS_IF(cond) \
    { \
        gilkit_tstate *gilkit_saved_tstate_ = (cond) ? gilkit_save_thread() : (gilkit_tstate *)0;
#define GILKIT_BEGIN_ALLOW_THREADS GILKIT_BEGIN_ALLOW_THREADS_IF(1)
#define GILKIT_BLOCK_THREADS gilkit_restore_thread(gilkit_saved_tstate_);
#define GILKIT_UNBLOCK_THREADS gilkit_saved_tstate_ = gilkit_save_thread();
#define GILKIT_END_ALLOW_THREADS \
        gilkit_restore_thread(gilkit_saved_tstate_); \
    }

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_GIL_H */
