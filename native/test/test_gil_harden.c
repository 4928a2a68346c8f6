/*
 * test_gil_harden.c - inputs at the edges of the lock's contract must not take the process down.
 *  - A switch interval of INT64_MAX (accepted: any value >= 1 us is) with a waiter: the waiter's
 *    deadline used to overflow to a negative timespec, pthread_cond_timedwait returned EINVAL and
 *    the lock aborted the process. Now the deadline saturates and the waiter simply gets the lock
 *    when the holder releases it.
 *  - The test rendezvous with an INT64_MAX timeout (same overflow).
 */
#include <stdatomic.h>

#include "gil_test_util.h"
#include "gilkit/testkernels.h"

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

int main(void) {
    start_watchdog(60);
    huge_interval_with_a_waiter(GILKIT_POLICY_NEW);
    huge_interval_with_a_waiter(GILKIT_POLICY_FIFO);
    rendezvous_with_huge_timeout();
    return test_report("test_gil_harden");
}
