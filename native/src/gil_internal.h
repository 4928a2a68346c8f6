/*
 * gil_internal.h - the layout of gilkit_gil and gilkit_tstate, shared by gil.c, trace.c, snapshot.c
 * and clock.c only.
 * Not installed, not part of the API: kernels and Java see these types as opaque.
 */
#ifndef GILKIT_GIL_INTERNAL_H
#define GILKIT_GIL_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include "clock_internal.h"
#include "gilkit/gil.h"
#include "gilkit/trace.h"

#define GILKIT_CACHE_LINE 64
#define GILKIT_NAME_MAX 48

/* One trace record as stored in memory; drained to Java as three longs (see trace.h). */
typedef struct {
    int64_t t_ns;   /* CLOCK_MONOTONIC nanoseconds */
    int32_t type;   /* GILKIT_EV_* */
    int32_t arg;    /* per type: release reason, kernel id, released flag */
    int64_t value;  /* per type: bytes for kernel events, else 0 */
} trace_event;

/*
 * A single-producer single-consumer ring: only the owner thread appends (head), one drainer at a
 * time consumes (tail). Full => the event is counted in `dropped` and discarded, never blocks.
 */
typedef struct {
    _Atomic uint64_t head;    /* events ever appended; written by the owner only (release) */
    _Atomic uint64_t tail;    /* events ever drained; written by the drainer only (release) */
    _Atomic uint64_t dropped; /* events discarded because the ring was full; owner writes */
    _Atomic int enabled;      /* 0 after gilkit_trace_disable(): appends are ignored */
    uint64_t capacity;        /* events; a power of two; immutable after creation */
    trace_event *events;      /* capacity slots; immutable pointer */
} trace_ring;

struct gilkit_tstate {
    gilkit_gil *gil;                  /* immutable */
    pthread_t owner;                  /* the creating thread; immutable */
    char name[GILKIT_NAME_MAX];       /* label; immutable */
    int id;                           /* small serial number within the gil; immutable */

    /* Written only by the owner thread; read by others (stats) with relaxed loads. */
    _Atomic int holds;                /* 1 while this tstate holds the lock */
    _Atomic int saved_by_begin;       /* 1 between gilkit_save_thread() and its restore */
    int release_reason;               /* GILKIT_RELEASE_* of the current release; owner writes
                                         (relaxed atomic store), snapshots read it relaxed */
    int gilstate_nesting;             /* extra gilstate_ensure() depth on a held lock; owner only */
    int gilstate_created;             /* 1 if gilstate_ensure() created this tstate; owner only */
    gilkit_tstate *gilstate_prev;     /* thread's current tstate before ensure() made this one */
    int64_t since_ticks;              /* statistics clock (ticks, clock_internal.h) of the last
                                         hold/release start; owner writes, others read relaxed */
    _Atomic int64_t wait_start_ticks; /* ticks when the current wait began, 0 when not waiting */
    _Atomic int64_t stats[GILKIT_STAT_COUNT]; /* GILKIT_STAT_*: counts, and the *_NS times kept
                                         in ticks (converted to ns by gilkit_tstate_stats);
                                         owner writes */

    _Atomic int cancel;               /* set by any thread, polled by kernels on the owner */
    _Atomic(trace_ring *) trace;      /* NULL while tracing is off; set once (NULL -> ring) under
                                         gil->registry_mutex, freed only by tstate destroy */

    /* Protected by gil->registry_mutex. */
    gilkit_tstate *next;
    gilkit_tstate *prev;
};

struct gilkit_gil {
    /*
     * The eval breaker lives alone on the first cache line: the interpreter (Java, through a
     * direct ByteBuffer) reads it at every check point, and waiters write it rarely. Non-zero
     * means "the holder should drop the lock at its next check point". Atomic, no lock.
     */
    _Atomic int32_t eval_breaker;
    char pad0_[GILKIT_CACHE_LINE - sizeof(int32_t)];

    /*
     * `locked` is the lock itself: 1 while some tstate holds it. It changes only by CAS (take)
     * and store (drop); the uncontended fast path does both without the mutex. `waiters` is the
     * number of threads registered on `cond`: incremented and decremented under `mutex`, read
     * without it by the releaser (seq_cst on both sides: a Dekker pair, see the notes in gil.c).
     */
    _Atomic int locked;
    _Atomic int waiters;
    _Atomic(gilkit_tstate *) holder;  /* the holding tstate or NULL; written by the taker/dropper */
    _Atomic uint64_t switch_number;   /* times the lock was taken; written only by the thread
                                         that just won the CAS, read under `switch_mutex` and by
                                         waiters under `mutex` */
    _Atomic(gilkit_tstate *) slice_owner; /* the tstate whose slice runs (kept after it drops);
                                         written only by the CAS winner; compared, never
                                         dereferenced (it may have been destroyed) */
    _Atomic int64_t slice_start_ticks; /* statistics-clock ticks when slice_owner took the lock
                                         from another thread (rule 1); same writer, read by
                                         waiters */
    char pad1_[GILKIT_CACHE_LINE - 2 * sizeof(int) - 2 * sizeof(void *) - 2 * sizeof(uint64_t)];

    pthread_mutex_t mutex;            /* protects the wait protocol: waiters, fifo tickets */
    pthread_cond_t cond;              /* signalled when `locked` becomes 0 and someone waits */
    pthread_mutex_t switch_mutex;     /* protects the forced-switch wait */
    pthread_cond_t switch_cond;       /* signalled when switch_number changes */
    uint64_t next_ticket;             /* fifo: next ticket to hand out; under `mutex` */
    uint64_t now_serving;             /* fifo: ticket allowed to take the lock; under `mutex` */

    int policy;                       /* GILKIT_POLICY_*; immutable */
    _Atomic int64_t interval_ns;      /* switch interval, ns; atomic, no lock */
    _Atomic int legacy_ticks;         /* check points between legacy releases; atomic, no lock */
    _Atomic int closed;               /* 1 once gilkit_gil_destroy() started */
    _Atomic int legacy_starving;      /* legacy: 1 while a waiter has waited longer than
                                         GILKIT_LEGACY_STARVATION_NS; set by that waiter under
                                         `mutex`, cleared by the next slow-path taker */

    pthread_mutex_t registry_mutex;   /* protects the tstate list below and trace settings */
    gilkit_tstate *tstates;           /* attached tstates; under registry_mutex */
    int n_tstates;                    /* length of that list; under registry_mutex */
    int next_id;                      /* next tstate id; under registry_mutex */
    int64_t trace_events_per_thread;  /* 0 = tracing off; under registry_mutex */
    int64_t created_ns;               /* trace clock ns at creation; immutable (trace epoch) */
};

/* Fails loudly: prints the pthread call's text and strerror(err), then aborts (CPython's MUTEX_LOCK). */
void gilkit_fatal_pthread_(const char *call, int err);

#define PTHREAD_CHECK(call) \
    do { \
        int rc_ = (call); \
        if (rc_ != 0) gilkit_fatal_pthread_(#call, rc_); \
    } while (0)
#define MUTEX_LOCK(m) PTHREAD_CHECK(pthread_mutex_lock(m))
#define MUTEX_UNLOCK(m) PTHREAD_CHECK(pthread_mutex_unlock(m))
#define COND_SIGNAL(c) PTHREAD_CHECK(pthread_cond_signal(c))
#define COND_BROADCAST(c) PTHREAD_CHECK(pthread_cond_broadcast(c))
#define COND_WAIT(c, m) PTHREAD_CHECK(pthread_cond_wait(c, m))

/*
 * CLOCK_MONOTONIC `ns` from now, as a pthread_cond_timedwait deadline. Saturates instead of
 * overflowing: the switch interval may be any positive int64 (Gil.setSwitchIntervalNanos accepts
 * Long.MAX_VALUE), and `now + ns` overflowing is undefined behaviour that in practice wrapped to
 * a negative tv_nsec, which pthread_cond_timedwait rejects with EINVAL, which aborted the process.
 */
static inline struct timespec gilkit_deadline_after_(int64_t ns) {
    int64_t now = gilkit_now_ns_();
    int64_t t = ns > 0 && now > INT64_MAX - ns ? INT64_MAX : now + (ns > 0 ? ns : 0);
    struct timespec ts = {(time_t)(t / 1000000000LL), (long)(t % 1000000000LL)};
    return ts;
}

/* trace.c: allocate/free a ring, append one event (owner thread only). */
trace_ring *gilkit_trace_ring_new_(int64_t capacity);
void gilkit_trace_ring_free_(trace_ring *r);
void gilkit_trace_append_(trace_ring *r, int64_t t_ns, int type, int arg, int64_t value);

/*
 * Records an event if ts traces, stamped with the trace clock read here; one predictable branch
 * when tracing is off. The always-on statistics use the cheaper tick clock instead, so a traced
 * transition reads both clocks; only tracing pays for the second read. Callers keep the trace's
 * guarantee by where they call it: ACQUIRE after the CAS that took the lock, RELEASE before the
 * store that frees it, so the holding intervals of a trace never overlap.
 */
static inline void gilkit_trace_(gilkit_tstate *ts, int type, int arg, int64_t value) {
    trace_ring *r = atomic_load_explicit(&ts->trace, memory_order_acquire);
    if (__builtin_expect(r != NULL, 0))
        gilkit_trace_append_(r, gilkit_now_ns_(), type, arg, value);
}

#endif /* GILKIT_GIL_INTERNAL_H */
