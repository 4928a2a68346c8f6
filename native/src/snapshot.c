/*
 * snapshot.c - gilkit_gil_snapshot(): the lock's state for deadlock diagnosis (see gil.h).
 *
 * Why it is safe without the lock: the snapshot holds only registry_mutex, which keeps every
 * listed tstate alive (gilkit_tstate_destroy unlinks under it before freeing), and reads each
 * live field with a relaxed atomic load, as the statistics readers do. It never touches `mutex`,
 * `cond` or `locked`, so a stuck holder or a waiter cannot block it; the holder is identified by
 * comparing the published `holder` pointer with the list, never by dereferencing it.
 */
#include <stdio.h>

#include "gil_internal.h"

/* What ts is doing now (GILKIT_TS_*) and since when (statistics clock ticks). */
static int thread_state(const gilkit_tstate *ts, int64_t *since) {
    int64_t wait_start = atomic_load_explicit(&ts->wait_start_ticks, memory_order_relaxed);
    if (wait_start != 0) {
        *since = wait_start;
        return GILKIT_TS_WAITING;
    }
    *since = atomic_load_explicit(&ts->since_ticks, memory_order_relaxed);
    if (atomic_load_explicit(&ts->holds, memory_order_relaxed)) return GILKIT_TS_HOLDING;
    if (atomic_load_explicit(&ts->saved_by_begin, memory_order_relaxed)) return GILKIT_TS_NATIVE;
    /* release_reason is owner-written; a racy read only picks between two "released" labels. */
    if (__atomic_load_n(&ts->release_reason, __ATOMIC_RELAXED) == GILKIT_RELEASE_BLOCKING) return GILKIT_TS_BLOCKING;
    return GILKIT_TS_IDLE;
}

static void write_row(const gilkit_tstate *ts, int64_t now_ticks, int64_t *row, char *name) {
    int64_t since = now_ticks;
    int state = thread_state(ts, &since);
    row[GILKIT_SNAP_T_ID] = ts->id;
    row[GILKIT_SNAP_T_STATE] = state;
    row[GILKIT_SNAP_T_STATE_NS] = gilkit_ticks_to_ns_(now_ticks - since);
    row[GILKIT_SNAP_T_CANCEL] = atomic_load_explicit(&ts->cancel, memory_order_relaxed) != 0;
    row[GILKIT_SNAP_T_ACQUISITIONS] = atomic_load_explicit(&ts->stats[GILKIT_STAT_ACQUISITIONS], memory_order_relaxed);
    snprintf(name, GILKIT_SNAP_NAME_BYTES, "%s", ts->name);
}

int gilkit_gil_snapshot(gilkit_gil *gil, int64_t *out, int max_threads, char *names, int64_t names_bytes) {
    if (gil == NULL || out == NULL || max_threads < 0) return GILKIT_EINVAL;
    if (max_threads > 0 && (names == NULL || names_bytes < (int64_t)max_threads * GILKIT_SNAP_NAME_BYTES)) return GILKIT_EINVAL;
    MUTEX_LOCK(&gil->registry_mutex);
    int64_t now = gilkit_now_ns_();
    int64_t now_ticks = gilkit_ticks_();
    const gilkit_tstate *holder = atomic_load_explicit(&gil->holder, memory_order_relaxed);
    out[GILKIT_SNAP_TAKEN_NS] = now;
    out[GILKIT_SNAP_POLICY] = gil->policy;
    out[GILKIT_SNAP_INTERVAL_NS] = atomic_load_explicit(&gil->interval_ns, memory_order_relaxed);
    out[GILKIT_SNAP_SWITCHES] = (int64_t)atomic_load(&gil->switch_number);
    out[GILKIT_SNAP_DROP_REQUEST] = atomic_load_explicit(&gil->eval_breaker, memory_order_relaxed) != 0;
    out[GILKIT_SNAP_WAITERS] = atomic_load(&gil->waiters);
    out[GILKIT_SNAP_HOLDER_ID] = -1;
    out[GILKIT_SNAP_THREADS] = gil->n_tstates;
    int rows = 0;
    for (const gilkit_tstate *ts = gil->tstates; ts != NULL; ts = ts->next) {
        if (ts == holder) out[GILKIT_SNAP_HOLDER_ID] = ts->id;
        if (rows < max_threads) {
            write_row(ts, now_ticks, out + GILKIT_SNAP_HEADER + (int64_t)rows * GILKIT_SNAP_T_LONGS,
                      names + (int64_t)rows * GILKIT_SNAP_NAME_BYTES);
            rows++;
        }
    }
    MUTEX_UNLOCK(&gil->registry_mutex);
    return rows;
}
