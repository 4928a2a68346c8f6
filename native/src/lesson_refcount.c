/* lesson_refcount.c - the reference-count lesson of gilkit/lesson_refcount.h. */
#include <stddef.h>

#include "gilkit/lesson_refcount.h"

/*
 * Py_INCREF and Py_DECREF as CPython (default build) compiles them: load, add, store. Relaxed
 * atomics rather than a plain or volatile int64_t: the same mov/add/mov, but a data race on them
 * is defined behaviour (a lost update, nothing worse), and GCC never merges atomic accesses, so
 * the loop cannot become `ob_refcnt += 0`.
 */
static inline void plain_incref(gilkit_lesson_object *o) {
    int64_t v = __atomic_load_n(&o->ob_refcnt, __ATOMIC_RELAXED);
    __atomic_store_n(&o->ob_refcnt, v + 1, __ATOMIC_RELAXED);
}

/* 1 if the count reached zero: Py_DECREF would call _Py_Dealloc here (`if (--cnt == 0)`). */
static inline int plain_decref(gilkit_lesson_object *o) {
    int64_t v = __atomic_load_n(&o->ob_refcnt, __ATOMIC_RELAXED) - 1;
    __atomic_store_n(&o->ob_refcnt, v, __ATOMIC_RELAXED);
    return v == 0;
}

/* The free-threaded alternative: one `lock add`/`lock xadd` per update. Relaxed suffices for a
 * counter (CPython's free-threaded build orders the dealloc path separately). */
static inline void atomic_incref(gilkit_lesson_object *o) {
    __atomic_add_fetch(&o->ob_refcnt, 1, __ATOMIC_RELAXED);
}

static inline int atomic_decref(gilkit_lesson_object *o) {
    return __atomic_sub_fetch(&o->ob_refcnt, 1, __ATOMIC_RELAXED) == 0;
}

/* One round: take n references, then drop them. `atomic` is a constant at each call site, so
 * the compiler specialises the two loops. Returns the decrefs that reached zero. */
static inline int64_t round_trip(gilkit_lesson_object *o, int64_t n, int atomic) {
    int64_t zero_hits = 0;
    for (int64_t i = 0; i < n; i++) {
        if (atomic) atomic_incref(o);
        else plain_incref(o);
    }
    for (int64_t i = 0; i < n; i++) zero_hits += atomic ? atomic_decref(o) : plain_decref(o);
    return zero_hits;
}

/* All rounds, polling the cancel flag after each GILKIT_REFCOUNT_POLL_PAIRS pairs. */
static int64_t run_rounds(gilkit_lesson_object *o, int64_t pairs, int64_t refs, int atomic) {
    int64_t zero_hits = 0, since_poll = 0;
    for (int64_t done = 0; done < pairs;) {
        int64_t n = pairs - done < refs ? pairs - done : refs;
        zero_hits += atomic ? round_trip(o, n, 1) : round_trip(o, n, 0);
        done += n;
        since_poll += n;
        if (since_poll >= GILKIT_REFCOUNT_POLL_PAIRS && done < pairs) {
            since_poll = 0;
            if (gilkit_cancel_requested()) return GILKIT_ECANCELLED;
        }
    }
    return zero_hits;
}

int64_t gilkit_lesson_refcount_pairs(gilkit_lesson_object *obj, int64_t pairs, int64_t refs, int mode) {
    if (obj == NULL || ((uintptr_t)obj & 7) != 0 || pairs < 0 || refs < 1 || refs > GILKIT_REFCOUNT_MAX_REFS) return GILKIT_EINVAL;
    if (mode != GILKIT_REFCOUNT_HELD && mode != GILKIT_REFCOUNT_RELEASED && mode != GILKIT_REFCOUNT_ATOMIC)
        return GILKIT_EINVAL;
    int64_t r;
    GILKIT_BEGIN_ALLOW_THREADS_IF(mode != GILKIT_REFCOUNT_HELD)
    r = run_rounds(obj, pairs, refs, mode == GILKIT_REFCOUNT_ATOMIC);
    GILKIT_END_ALLOW_THREADS
    return r;
}
