/*
 * gilkit/trace.h - a per-thread event trace of the lock, for the [observe] tools.
 *
 * Each tstate owns a bounded single-producer ring of events. Only the owner thread appends (the
 * lock records its own transitions; kernels record their begin/end), so appending is lock-free
 * and costs one clock read and a few stores. When tracing is off the whole cost is one load and
 * one predictable branch per transition. When a ring is full the event is dropped and counted,
 * never blocking the thread that produced it.
 *
 * An event is {int64 t_ns, int32 type, int32 arg, int64 value}; t_ns is CLOCK_MONOTONIC
 * nanoseconds (gilkit_trace_now_ns() gives the same clock). gilkit_trace_drain() copies events
 * out as three int64 each: t_ns, ((int64)type << 32) | (uint32)arg, value.
 *
 * Thread-safety: appends are owner-only; at most one thread may drain a given tstate at a time
 * (the Java facade serializes drains per thread object). Enable/disable are thread-safe.
 */
#ifndef GILKIT_TRACE_H
#define GILKIT_TRACE_H

#include <stdint.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Event types (the `type` field). `arg` and `value` are described per type. */
#define GILKIT_EV_REQUEST 0           /**< started waiting for the lock; arg 0 */
#define GILKIT_EV_ACQUIRE 1           /**< took the lock; value = ns waited */
#define GILKIT_EV_RELEASE 2           /**< released it; arg = GILKIT_RELEASE_* reason, value = ns held */
#define GILKIT_EV_DROP_REQUEST_SET 3  /**< this waiter set the eval breaker: the holder's slice (one interval) was over */
#define GILKIT_EV_DROP_REQUEST_RECEIVED 4 /**< this holder honoured a drop request */
#define GILKIT_EV_FORCED_SWITCH 5     /**< this dropper waited until another thread took the lock */
#define GILKIT_EV_THREAD_START 6      /**< the tstate was created (or tracing began); arg = tstate id */
#define GILKIT_EV_THREAD_EXIT 7       /**< the tstate is being destroyed; arg = tstate id */
#define GILKIT_EV_KERNEL_BEGIN 8      /**< a kernel started; arg = kernel id, value = bytes */
#define GILKIT_EV_KERNEL_END 9        /**< a kernel ended; arg = 1 if it released the lock, value = bytes */
#define GILKIT_EV_COUNT 10

/** Longs per drained event. */
#define GILKIT_TRACE_LONGS_PER_EVENT 3

/**
 * Turns tracing on for every tstate of `gil`, present and future: each gets a ring of
 * `events_per_thread` events (rounded up to a power of two). Enabling again keeps existing rings.
 * @param events_per_thread in [16, 1<<26]
 * @return 0, GILKIT_EINVAL, or GILKIT_ENOMEM
 */
GILKIT_API int gilkit_trace_enable(gilkit_gil *gil, int64_t events_per_thread);

/** Stops recording (rings and their undrained events are kept until drained or destroyed). */
GILKIT_API int gilkit_trace_disable(gilkit_gil *gil);

/** @return 1 if tracing is on for `gil`, 0 if off, GILKIT_EINVAL for NULL. */
GILKIT_API int gilkit_trace_enabled(const gilkit_gil *gil);

/**
 * Moves up to `max_events` of ts's oldest undrained events into out[0 .. 3*max_events).
 * @pre no other thread drains ts at the same time; ts stays alive during the call
 * @return events copied (0 if tracing never reached ts), or GILKIT_EINVAL
 */
GILKIT_API int64_t gilkit_trace_drain(gilkit_tstate *ts, int64_t *out, int64_t max_events);

/** @return events ts discarded because its ring was full, or GILKIT_EINVAL for NULL. */
GILKIT_API int64_t gilkit_trace_dropped(const gilkit_tstate *ts);

/** @return ts's small id within its lock (the arg of THREAD_START/EXIT), or GILKIT_EINVAL. */
GILKIT_API int gilkit_tstate_id(const gilkit_tstate *ts);

/** @return CLOCK_MONOTONIC now, in nanoseconds (the trace clock). */
GILKIT_API int64_t gilkit_trace_now_ns(void);

/**
 * Kernel events, recorded on the calling thread's current tstate (no-op when it has none or
 * does not trace). Call begin before GILKIT_BEGIN_ALLOW_THREADS and end after the END.
 * @param kernel_id the kernel's id (see gilkit_trace_kernel_id())
 * @param bytes the input size the kernel works on
 * @param released (end only) 1 if the kernel released the lock, 0 if it kept it
 */
GILKIT_API void gilkit_trace_kernel_begin(int kernel_id, int64_t bytes);
GILKIT_API void gilkit_trace_kernel_end(int kernel_id, int64_t bytes, int released);

/**
 * Interns a kernel name and returns its small id (stable for the life of the process; the same
 * name gives the same id). At most 256 names.
 * @return the id (>= 0), or GILKIT_EINVAL for NULL/empty/too many names
 */
GILKIT_API int gilkit_trace_kernel_id(const char *name);

/** @return the name interned under `kernel_id`, or NULL if there is none. */
GILKIT_API const char *gilkit_trace_kernel_name(int kernel_id);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_TRACE_H */
