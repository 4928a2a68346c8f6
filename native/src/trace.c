/*
 * trace.c - per-tstate event rings (see gilkit/trace.h for the contract).
 *
 * Each ring is single-producer single-consumer: the owner thread appends at `head`, one drainer
 * consumes at `tail`. The producer publishes an event with a release store of `head` after
 * writing the slot; the consumer frees slots with a release store of `tail` after copying them.
 * Neither side ever waits, so tracing can never change who gets the lock, only how long the
 * owner takes to record a transition (one clock read and a few stores).
 */
#include <stdlib.h>
#include <string.h>

#include "gil_internal.h"

#define MIN_EVENTS 16
#define MAX_EVENTS (1LL << 26)
#define MAX_KERNEL_NAMES 256
#define KERNEL_NAME_MAX 32

trace_ring *gilkit_trace_ring_new_(int64_t capacity) {
    uint64_t cap = MIN_EVENTS;
    while ((int64_t)cap < capacity) cap <<= 1;
    trace_ring *r = calloc(1, sizeof *r);
    if (r == NULL) return NULL;
    r->events = calloc(cap, sizeof *r->events);
    if (r->events == NULL) {
        free(r);
        return NULL;
    }
    r->capacity = cap;
    atomic_init(&r->enabled, 1);
    return r;
}

void gilkit_trace_ring_free_(trace_ring *r) {
    if (r == NULL) return;
    free(r->events);
    free(r);
}

void gilkit_trace_append_(trace_ring *r, int64_t t_ns, int type, int arg, int64_t value) {
    if (!atomic_load_explicit(&r->enabled, memory_order_relaxed)) return;
    uint64_t head = atomic_load_explicit(&r->head, memory_order_relaxed);
    uint64_t tail = atomic_load_explicit(&r->tail, memory_order_acquire);
    if (head - tail >= r->capacity) {
        uint64_t d = atomic_load_explicit(&r->dropped, memory_order_relaxed);
        atomic_store_explicit(&r->dropped, d + 1, memory_order_relaxed);
        return;
    }
    trace_event *e = &r->events[head & (r->capacity - 1)];
    e->t_ns = t_ns;
    e->type = type;
    e->arg = arg;
    e->value = value;
    atomic_store_explicit(&r->head, head + 1, memory_order_release);
}

/* Attaches a ring to every tstate that has none; called with registry_mutex held. */
static int attach_rings(gilkit_gil *gil) {
    for (gilkit_tstate *ts = gil->tstates; ts != NULL; ts = ts->next) {
        trace_ring *r = atomic_load(&ts->trace);
        if (r != NULL) {
            atomic_store(&r->enabled, 1);
            continue;
        }
        r = gilkit_trace_ring_new_(gil->trace_events_per_thread);
        if (r == NULL) return GILKIT_ENOMEM;
        /* The owner cannot be appending to a ring it does not have yet: safe to publish now. */
        atomic_store_explicit(&ts->trace, r, memory_order_release);
    }
    return GILKIT_OK;
}

int gilkit_trace_enable(gilkit_gil *gil, int64_t events_per_thread) {
    if (gil == NULL || events_per_thread < MIN_EVENTS || events_per_thread > MAX_EVENTS) return GILKIT_EINVAL;
    MUTEX_LOCK(&gil->registry_mutex);
    gil->trace_events_per_thread = events_per_thread;
    int rc = attach_rings(gil);
    MUTEX_UNLOCK(&gil->registry_mutex);
    return rc;
}

int gilkit_trace_disable(gilkit_gil *gil) {
    if (gil == NULL) return GILKIT_EINVAL;
    MUTEX_LOCK(&gil->registry_mutex);
    gil->trace_events_per_thread = 0;
    for (gilkit_tstate *ts = gil->tstates; ts != NULL; ts = ts->next) {
        trace_ring *r = atomic_load(&ts->trace);
        if (r != NULL) atomic_store(&r->enabled, 0);
    }
    MUTEX_UNLOCK(&gil->registry_mutex);
    return GILKIT_OK;
}

int gilkit_trace_enabled(const gilkit_gil *gil) {
    if (gil == NULL) return GILKIT_EINVAL;
    gilkit_gil *g = (gilkit_gil *)gil; /* locking a mutex is not a logical mutation */
    MUTEX_LOCK(&g->registry_mutex);
    int on = g->trace_events_per_thread > 0;
    MUTEX_UNLOCK(&g->registry_mutex);
    return on;
}

int64_t gilkit_trace_drain(gilkit_tstate *ts, int64_t *out, int64_t max_events) {
    if (ts == NULL || out == NULL || max_events < 0) return GILKIT_EINVAL;
    trace_ring *r = atomic_load_explicit(&ts->trace, memory_order_acquire);
    if (r == NULL) return 0;
    uint64_t tail = atomic_load_explicit(&r->tail, memory_order_relaxed);
    uint64_t head = atomic_load_explicit(&r->head, memory_order_acquire);
    uint64_t n = head - tail;
    if (n > (uint64_t)max_events) n = (uint64_t)max_events;
    for (uint64_t i = 0; i < n; i++) {
        const trace_event *e = &r->events[(tail + i) & (r->capacity - 1)];
        out[3 * i] = e->t_ns;
        out[3 * i + 1] = ((int64_t)e->type << 32) | (uint32_t)e->arg;
        out[3 * i + 2] = e->value;
    }
    atomic_store_explicit(&r->tail, tail + n, memory_order_release);
    return (int64_t)n;
}

int64_t gilkit_trace_dropped(const gilkit_tstate *ts) {
    if (ts == NULL) return GILKIT_EINVAL;
    trace_ring *r = atomic_load_explicit(&((gilkit_tstate *)ts)->trace, memory_order_acquire);
    return r == NULL ? 0 : (int64_t)atomic_load_explicit(&r->dropped, memory_order_relaxed);
}

int gilkit_tstate_id(const gilkit_tstate *ts) {
    return ts == NULL ? GILKIT_EINVAL : ts->id;
}

int64_t gilkit_trace_now_ns(void) {
    return gilkit_now_ns_();
}

void gilkit_trace_kernel_begin(int kernel_id, int64_t bytes) {
    gilkit_tstate *ts = gilkit_tstate_current();
    if (ts != NULL) gilkit_trace_(ts, GILKIT_EV_KERNEL_BEGIN, kernel_id, bytes);
}

void gilkit_trace_kernel_end(int kernel_id, int64_t bytes, int released) {
    gilkit_tstate *ts = gilkit_tstate_current();
    (void)kernel_id;
    if (ts != NULL) gilkit_trace_(ts, GILKIT_EV_KERNEL_END, released != 0, bytes);
}

/*
 * Kernel names are interned process-wide: they are constants of the library (like opcode names),
 * not interpreter state, and ids must mean the same thing to every lock's trace.
 */
static pthread_mutex_t names_mutex = PTHREAD_MUTEX_INITIALIZER;
static char kernel_names[MAX_KERNEL_NAMES][KERNEL_NAME_MAX]; /* under names_mutex */
static _Atomic int kernel_name_count;                        /* written under names_mutex */

int gilkit_trace_kernel_id(const char *name) {
    if (name == NULL || name[0] == '\0') return GILKIT_EINVAL;
    MUTEX_LOCK(&names_mutex);
    int n = atomic_load(&kernel_name_count);
    int id = GILKIT_EINVAL;
    for (int i = 0; i < n; i++)
        if (strncmp(kernel_names[i], name, KERNEL_NAME_MAX - 1) == 0) id = i;
    if (id < 0 && n < MAX_KERNEL_NAMES) {
        strncpy(kernel_names[n], name, KERNEL_NAME_MAX - 1);
        atomic_store(&kernel_name_count, n + 1);
        id = n;
    }
    MUTEX_UNLOCK(&names_mutex);
    return id;
}

const char *gilkit_trace_kernel_name(int kernel_id) {
    if (kernel_id < 0 || kernel_id >= atomic_load(&kernel_name_count)) return NULL;
    return kernel_names[kernel_id];
}
