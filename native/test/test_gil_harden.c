/*
 * test_gil_harden.c - inputs at the edges of the lock's contract must not take the process down.
 *  - A switch interval of INT64_MAX (accepted: any value >= 1 us is) with a waiter: the waiter's
 *    deadline used to overflow to a negative timespec, pthread_cond_timedwait returned EINVAL and
 *    the lock aborted the process. Now the deadline saturates and the waiter simply gets the lock
 *    when the holder releases it.
 *  - The test rendezvous with an INT64_MAX timeout (same overflow).
 *  - gilkit_gil_snapshot() in a situation built deterministically: A holds, B waits (registered
 *    as a waiter before the snapshot), C is idle, then A inside BEGIN/END and after a blocking
 *    release; bad arguments.
 *  - Cancellation from another thread, then reuse: B, blocked in acquire, gets the lock only
 *    while A is inside a releasing sha256 (A holds it everywhere else), sets A's cancel flag and
 *    releases; A's kernel returns GILKIT_ECANCELLED with the lock held again; afterwards a
 *    releasing kernel completes with the right digest and B takes the lock once more.
 */
#include <stdatomic.h>

#include "gil_test_util.h"
#include "gilkit/testkernels.h"
#include "gilkit/trace.h"
#include "gilkit/sha256.h"

typedef struct {
    gilkit_gil *gil;
    atomic_int acquired;
} waiter_args;

static void *waiter_main(void *p) {
    waiter_args *w = p;
    gilkit_tstate *ts = gilkit_tstate_create(w->gil, "waiter");
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    atomic_store(&w->acquired, 1);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    return NULL;
}

/* The holder waits until the waiter is registered (so it sleeps with the huge deadline), releases. */
static void huge_interval_with_a_waiter(int policy) {
    gilkit_gil *gil = gilkit_gil_create(policy, INT64_MAX);
    CHECK(gil != NULL);
    gilkit_tstate *holder = gilkit_tstate_create(gil, "holder");
    CHECK_EQ(gilkit_gil_acquire(holder), 0);
    waiter_args w = {.gil = gil};
    pthread_t th;
    pthread_create(&th, NULL, waiter_main, &w);
    while (gilkit_gil_waiters(gil) == 0) sched_yield();
    /* The waiter is inside pthread_cond_timedwait with a deadline "never": no drop request. */
    CHECK_EQ(atomic_load(&w.acquired), 0);
    CHECK_EQ(gilkit_gil_release(holder, GILKIT_RELEASE_SWITCH), 0);
    pthread_join(th, NULL);
    CHECK_EQ(atomic_load(&w.acquired), 1);
    CHECK_EQ(gilkit_tstate_destroy(holder), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

static void *meet_main(void *p) {
    (void)p;
    CHECK_EQ(gilkit_test_rendezvous(2, INT64_MAX, 0), 1);
    return NULL;
}

static void rendezvous_with_huge_timeout(void) {
    pthread_t th;
    pthread_create(&th, NULL, meet_main, NULL);
    CHECK_EQ(gilkit_test_rendezvous(2, INT64_MAX, 0), 1);
    pthread_join(th, NULL);
}

/* Finds the row of thread `id` in a snapshot; returns NULL if absent. */
static const int64_t *row_of(const int64_t *out, int rows, int id) {
    for (int i = 0; i < rows; i++) {
        const int64_t *r = out + GILKIT_SNAP_HEADER + i * GILKIT_SNAP_T_LONGS;
        if (r[GILKIT_SNAP_T_ID] == id) return r;
    }
    return NULL;
}

typedef struct {
    gilkit_gil *gil;
    gilkit_tstate *ts;
    atomic_int done;
} b_args;

static void *b_main(void *p) {
    b_args *b = p;
    b->ts = gilkit_tstate_create(b->gil, "B-waiter");
    CHECK_EQ(gilkit_gil_acquire(b->ts), 0);
    CHECK_EQ(gilkit_gil_release(b->ts, GILKIT_RELEASE_SWITCH), 0);
    atomic_store(&b->done, 1);
    while (atomic_load(&b->done) != 2) sched_yield(); /* stay attached until main has looked */
    CHECK_EQ(gilkit_tstate_destroy(b->ts), 0);
    return NULL;
}

static void snapshot_of_a_waiting_thread(void) {
    enum { MAXT = 4 };
    int64_t out[GILKIT_SNAP_HEADER + MAXT * GILKIT_SNAP_T_LONGS];
    char names[MAXT * GILKIT_SNAP_NAME_BYTES];
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, INT64_MAX); /* no drop request ever */
    gilkit_tstate *a = gilkit_tstate_create(gil, "A-holder");
    gilkit_tstate *c = gilkit_tstate_create(gil, "C-idle");
    CHECK_EQ(gilkit_gil_acquire(a), 0);
    b_args b = {.gil = gil};
    pthread_t th;
    pthread_create(&th, NULL, b_main, &b);
    while (gilkit_gil_waiters(gil) == 0) sched_yield();
    int rows = gilkit_gil_snapshot(gil, out, MAXT, names, sizeof names);
    CHECK_EQ(rows, 3);
    CHECK_EQ(out[GILKIT_SNAP_THREADS], 3);
    CHECK_EQ(out[GILKIT_SNAP_POLICY], GILKIT_POLICY_NEW);
    CHECK_EQ(out[GILKIT_SNAP_INTERVAL_NS], INT64_MAX);
    CHECK_EQ(out[GILKIT_SNAP_WAITERS], 1);
    CHECK_EQ(out[GILKIT_SNAP_DROP_REQUEST], 0);
    CHECK_EQ(out[GILKIT_SNAP_HOLDER_ID], gilkit_tstate_id(a));
    CHECK(out[GILKIT_SNAP_TAKEN_NS] > 0);
    const int64_t *ra = row_of(out, rows, gilkit_tstate_id(a));
    const int64_t *rc = row_of(out, rows, gilkit_tstate_id(c));
    CHECK(ra != NULL && rc != NULL);
    int b_row = -1;
    for (int i = 0; i < rows; i++) if (strcmp(names + i * GILKIT_SNAP_NAME_BYTES, "B-waiter") == 0) b_row = i;
    CHECK(b_row >= 0);
    if (ra && rc && b_row >= 0) {
        const int64_t *rb = out + GILKIT_SNAP_HEADER + b_row * GILKIT_SNAP_T_LONGS;
        CHECK_EQ(ra[GILKIT_SNAP_T_STATE], GILKIT_TS_HOLDING);
        CHECK_EQ(ra[GILKIT_SNAP_T_ACQUISITIONS], 1);
        CHECK_EQ(rb[GILKIT_SNAP_T_STATE], GILKIT_TS_WAITING);
        CHECK(rb[GILKIT_SNAP_T_STATE_NS] >= 0);
        CHECK_EQ(rb[GILKIT_SNAP_T_ACQUISITIONS], 0);
        CHECK_EQ(rc[GILKIT_SNAP_T_STATE], GILKIT_TS_IDLE);
    }
    /* The wait grows: a later snapshot sees B waiting at least as long. */
    int64_t waited = b_row >= 0 ? out[GILKIT_SNAP_HEADER + b_row * GILKIT_SNAP_T_LONGS + GILKIT_SNAP_T_STATE_NS] : 0;
    CHECK_EQ(gilkit_gil_snapshot(gil, out, MAXT, names, sizeof names), 3);
    const int64_t *rb2 = row_of(out, 3, gilkit_tstate_id(b.ts));
    CHECK(rb2 != NULL && rb2[GILKIT_SNAP_T_STATE] == GILKIT_TS_WAITING && rb2[GILKIT_SNAP_T_STATE_NS] >= waited);
    gilkit_tstate_set_cancel(c, 1);
    /* A inside a released block: NATIVE (and B gets the lock meanwhile, then gives it back). */
    GILKIT_BEGIN_ALLOW_THREADS
    while (!atomic_load(&b.done)) sched_yield();
    rows = gilkit_gil_snapshot(gil, out, MAXT, names, sizeof names);
    CHECK_EQ(row_of(out, rows, gilkit_tstate_id(a))[GILKIT_SNAP_T_STATE], GILKIT_TS_NATIVE);
    CHECK_EQ(row_of(out, rows, gilkit_tstate_id(b.ts))[GILKIT_SNAP_T_ACQUISITIONS], 1);
    CHECK_EQ(row_of(out, rows, gilkit_tstate_id(c))[GILKIT_SNAP_T_CANCEL], 1);
    CHECK_EQ(out[GILKIT_SNAP_HOLDER_ID], -1);
    GILKIT_END_ALLOW_THREADS
    CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_BLOCKING), 0);
    rows = gilkit_gil_snapshot(gil, out, MAXT, names, sizeof names);
    CHECK_EQ(row_of(out, rows, gilkit_tstate_id(a))[GILKIT_SNAP_T_STATE], GILKIT_TS_BLOCKING);
    /* Fewer rows than threads: the header still counts them all. */
    CHECK_EQ(gilkit_gil_snapshot(gil, out, 1, names, GILKIT_SNAP_NAME_BYTES), 1);
    CHECK_EQ(out[GILKIT_SNAP_THREADS], 3);
    CHECK_EQ(gilkit_gil_snapshot(gil, out, 0, NULL, 0), 0);
    CHECK_EQ(gilkit_gil_snapshot(NULL, out, 0, NULL, 0), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_snapshot(gil, NULL, 0, NULL, 0), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_snapshot(gil, out, -1, names, sizeof names), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_snapshot(gil, out, MAXT, names, sizeof names - 1), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_snapshot(gil, out, MAXT, NULL, sizeof names), GILKIT_EINVAL);
    atomic_store(&b.done, 2);
    pthread_join(th, NULL);
    CHECK_EQ(gilkit_tstate_destroy(c), 0);
    CHECK_EQ(gilkit_tstate_destroy(a), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

#define CANCEL_BYTES (16L << 20) /* four cancellation polls per call */

typedef struct {
    gilkit_gil *gil;
    gilkit_tstate *victim;
    atomic_int ready;
    atomic_int phase; /* 1: cancel sent; 2: main says take the lock again; 3: taken again */
} canceller_args;

static void *canceller_main(void *p) {
    canceller_args *c = p;
    gilkit_tstate *ts = gilkit_tstate_create(c->gil, "canceller");
    atomic_store(&c->ready, 1);
    CHECK_EQ(gilkit_gil_acquire(ts), 0); /* possible only while A is inside the kernel */
    CHECK_EQ(gilkit_tstate_set_cancel(c->victim, 1), 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    atomic_store(&c->phase, 1);
    while (atomic_load(&c->phase) != 2) sched_yield();
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    atomic_store(&c->phase, 3);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    return NULL;
}

static void cancel_then_reuse(void) {
    static const uint8_t abc_sha256[32] = {
        0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
        0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
    uint8_t *data = calloc(CANCEL_BYTES, 1), out[32];
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *a = gilkit_tstate_create(gil, "A-kernel");
    CHECK_EQ(gilkit_gil_acquire(a), 0);
    canceller_args c = {.gil = gil, .victim = a};
    pthread_t th;
    pthread_create(&th, NULL, canceller_main, &c);
    while (!atomic_load(&c.ready)) sched_yield();
    int rc = 0, calls = 0;
    while (rc == 0 && calls++ < 100000) rc = gilkit_sha256(data, CANCEL_BYTES, out, GILKIT_RELEASE_ALWAYS);
    CHECK_EQ(rc, GILKIT_ECANCELLED);
    CHECK_EQ(gilkit_tstate_holds(a), 1);
    while (atomic_load(&c.phase) != 1) sched_yield(); /* B stores it just after its release */
    CHECK_EQ(gilkit_tstate_set_cancel(a, 0), 0);
    CHECK_EQ(gilkit_sha256("abc", 3, out, GILKIT_RELEASE_ALWAYS), 0);
    CHECK_EQ(memcmp(out, abc_sha256, 32), 0);
    atomic_store(&c.phase, 2);
    CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_BLOCKING), 0);
    pthread_join(th, NULL);
    CHECK_EQ(atomic_load(&c.phase), 3);
    CHECK_EQ(gilkit_gil_acquire(a), 0);
    CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_SWITCH), 0);
    CHECK_EQ(gilkit_tstate_destroy(a), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
    free(data);
}

int main(void) {
    start_watchdog(60);
    huge_interval_with_a_waiter(GILKIT_POLICY_NEW);
    huge_interval_with_a_waiter(GILKIT_POLICY_FIFO);
    rendezvous_with_huge_timeout();
    snapshot_of_a_waiting_thread();
    cancel_then_reuse();
    return test_report("test_gil_harden");
}
