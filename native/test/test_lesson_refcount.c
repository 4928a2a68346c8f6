/*
 * test_lesson_refcount.c - the reference-count lesson (gilkit/lesson_refcount.h):
 *  - HELD: 4 threads x K pairs on one shared header, each call with the lock held: the count
 *    ends exactly where it started and no decref ever reaches zero (the GIL makes it safe);
 *  - RELEASED: the same with the lock released: the count may drift (lost updates), but never
 *    beyond start +- K*N (each thread's surviving updates are a subsequence of its own +1/-1);
 *  - ATOMIC: lock released, atomic adds: exact again;
 *  - bad arguments are GILKIT_EINVAL; a set cancel flag stops a long run with GILKIT_ECANCELLED
 *    and the lock held again.
 * No assertion that RELEASED drifts: a race that happens to lose nothing is not a failure.
 */
#include <stdalign.h>

#include "gil_test_util.h"
#include "gilkit/lesson_refcount.h"

#define THREADS 4
#define PAIRS 200000
#define CALLS 5
#define REFS 64 /* references each thread holds at once */
#define START 1

typedef struct {
    gilkit_gil *gil;
    gilkit_lesson_object *obj;
    int mode;
    int64_t zero_hits; /* this thread's sum; read after join */
} worker_args;

static void *worker(void *p) {
    worker_args *w = p;
    gilkit_tstate *ts = gilkit_tstate_create(w->gil, "worker");
    for (int c = 0; c < CALLS; c++) {
        CHECK_EQ(gilkit_gil_acquire(ts), 0);
        int64_t r = gilkit_lesson_refcount_pairs(w->obj, PAIRS, REFS, w->mode);
        CHECK(r >= 0);
        if (r > 0) w->zero_hits += r;
        CHECK_EQ(gilkit_tstate_holds(ts), 1);
        CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    }
    gilkit_tstate_destroy(ts);
    return NULL;
}

/* Runs THREADS workers in `mode` on a fresh header; returns its final count. */
static int64_t run_mode(int mode, int64_t *zero_hits) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, 100000);
    alignas(64) gilkit_lesson_object obj = {START, NULL};
    worker_args w[THREADS];
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (worker_args){gil, &obj, mode, 0};
        pthread_create(&t[i], NULL, worker, &w[i]);
    }
    *zero_hits = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        *zero_hits += w[i].zero_hits;
    }
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
    return obj.ob_refcnt;
}

static void exact_under_the_lock_and_atomic(void) {
    int64_t hits;
    CHECK_EQ(run_mode(GILKIT_REFCOUNT_HELD, &hits), START);
    CHECK_EQ(hits, 0);
    CHECK_EQ(run_mode(GILKIT_REFCOUNT_ATOMIC, &hits), START);
    CHECK_EQ(hits, 0);
}

static void released_stays_within_bounds(void) {
    int64_t hits;
    int64_t bound = (int64_t)PAIRS * CALLS * THREADS;
    int64_t final = run_mode(GILKIT_REFCOUNT_RELEASED, &hits);
    CHECK(final >= START - bound && final <= START + bound);
    CHECK(hits >= 0 && hits <= bound);
    printf("released: final count %lld (start %d), %lld decrefs reached zero\n", (long long)final, START, (long long)hits);
}

static void bad_arguments(void) {
    alignas(64) gilkit_lesson_object obj[2] = {{START, NULL}, {START, NULL}};
    CHECK_EQ(gilkit_lesson_refcount_pairs(NULL, 1, 1, GILKIT_REFCOUNT_HELD), GILKIT_EINVAL);
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, -1, 1, GILKIT_REFCOUNT_HELD), GILKIT_EINVAL);
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, 1, 0, GILKIT_REFCOUNT_HELD), GILKIT_EINVAL);
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, 1, GILKIT_REFCOUNT_MAX_REFS + 1, GILKIT_REFCOUNT_HELD), GILKIT_EINVAL);
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, 1, 1, 3), GILKIT_EINVAL);
    CHECK_EQ(gilkit_lesson_refcount_pairs((gilkit_lesson_object *)((char *)obj + 4), 1, 1, GILKIT_REFCOUNT_HELD), GILKIT_EINVAL);
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, 0, 1, GILKIT_REFCOUNT_ATOMIC), 0);
    CHECK_EQ(obj[0].ob_refcnt, START);
    /* A count of 0 is an object already freed: each round's last decref reaches zero again
     * (10 rounds of 1 reference; 3 rounds of 4, 4, 2). */
    obj[0].ob_refcnt = 0;
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, 10, 1, GILKIT_REFCOUNT_HELD), 10);
    CHECK_EQ(gilkit_lesson_refcount_pairs(obj, 10, 4, GILKIT_REFCOUNT_ATOMIC), 3);
    CHECK_EQ(obj[0].ob_refcnt, 0);
    CHECK_EQ(obj[1].ob_refcnt, START);
}

static void cancel_stops_a_long_run(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, 1000000);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "A");
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    alignas(64) gilkit_lesson_object obj = {START, NULL};
    gilkit_tstate_set_cancel(ts, 1);
    for (int mode = 0; mode < 3; mode++) {
        CHECK_EQ(gilkit_lesson_refcount_pairs(&obj, 4L * GILKIT_REFCOUNT_POLL_PAIRS, REFS, mode), GILKIT_ECANCELLED);
        CHECK_EQ(gilkit_tstate_holds(ts), 1);
    }
    CHECK_EQ(obj.ob_refcnt, START); /* one thread: every pair done was balanced */
    gilkit_tstate_set_cancel(ts, 0);
    CHECK_EQ(gilkit_lesson_refcount_pairs(&obj, 3L * GILKIT_REFCOUNT_POLL_PAIRS, REFS, GILKIT_REFCOUNT_RELEASED), 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    gilkit_tstate_destroy(ts);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

int main(void) {
    start_watchdog(120);
    exact_under_the_lock_and_atomic();
    released_stays_within_bounds();
    bad_arguments();
    cancel_stops_a_long_run();
    return test_report("test_lesson_refcount");
}
