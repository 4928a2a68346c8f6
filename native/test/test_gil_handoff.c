/*
 * test_gil_handoff.c - under every policy, a holder spinning through check points yields to a
 * waiter, and N threads x many increments of a shared counter under a 1 us interval lose nothing.
 */
#include "gil_test_util.h"

typedef struct {
    gilkit_gil *gil;
    volatile int waiter_got_it;  /* written by the waiter while holding the lock */
    volatile int waiter_started;
} handoff_ctx;

static void *waiter_main(void *arg) {
    handoff_ctx *c = arg;
    gilkit_tstate *ts = gilkit_tstate_create(c->gil, "waiter");
    __atomic_store_n(&c->waiter_started, 1, __ATOMIC_SEQ_CST);
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    __atomic_store_n(&c->waiter_got_it, 1, __ATOMIC_SEQ_CST);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    return NULL;
}

/* The holder never releases on its own: only check points can let the waiter in. */
static void handoff(int policy) {
    gilkit_gil *gil = gilkit_gil_create(policy, 1000);
    handoff_ctx c = {gil, 0, 0};
    gilkit_tstate *ts = gilkit_tstate_create(gil, "spinner");
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    pthread_t w;
    pthread_create(&w, NULL, waiter_main, &c);
    while (!__atomic_load_n(&c.waiter_started, __ATOMIC_SEQ_CST)) sched_yield();
    int ticks = 1;
    while (!__atomic_load_n(&c.waiter_got_it, __ATOMIC_SEQ_CST)) CHECK(test_checkpoint(gil, ts, &ticks) >= 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    pthread_join(w, NULL);
    int64_t st[GILKIT_STAT_COUNT];
    CHECK_EQ(gilkit_tstate_stats(ts, st, GILKIT_STAT_COUNT), 0);
    if (policy == GILKIT_POLICY_NEW || policy == GILKIT_POLICY_FIFO) CHECK(st[GILKIT_STAT_DROP_REQUESTS_RECEIVED] >= 1);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

#define THREADS 4
#define INCREMENTS 20000

typedef struct {
    gilkit_gil *gil;
    long *counter;
    int64_t acquisitions;
} counter_ctx;

static void *incrementer(void *arg) {
    counter_ctx *c = arg;
    gilkit_tstate *ts = gilkit_tstate_create(c->gil, "incrementer");
    int ticks = 1;
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    for (int i = 0; i < INCREMENTS; i++) {
        long v = *(volatile long *)c->counter;  /* a read-modify-write the lock must protect */
        *(volatile long *)c->counter = v + 1;
        CHECK(test_checkpoint(c->gil, ts, &ticks) >= 0);
        if (i % 1000 == 999) {  /* and blocking-style releases, as the VM does around sleep() */
            CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING), 0);
            CHECK_EQ(gilkit_gil_acquire(ts), 0);
        }
    }
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    int64_t st[GILKIT_STAT_COUNT];
    gilkit_tstate_stats(ts, st, GILKIT_STAT_COUNT);
    c->acquisitions = st[GILKIT_STAT_ACQUISITIONS];
    CHECK(st[GILKIT_STAT_ACQUISITIONS] >= 1 + INCREMENTS / 1000);
    CHECK(st[GILKIT_STAT_HOLD_NS] > 0);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    return NULL;
}

static void counter(int policy) {
    gilkit_gil *gil = gilkit_gil_create(policy, GILKIT_MIN_INTERVAL_NS);
    gilkit_gil_set_legacy_ticks(gil, 10);
    long value = 0;
    counter_ctx ctx[THREADS];
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) {
        ctx[i] = (counter_ctx){gil, &value, 0};
        pthread_create(&th[i], NULL, incrementer, &ctx[i]);
    }
    for (int i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    CHECK_EQ(value, (long)THREADS * INCREMENTS);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

int main(void) {
    start_watchdog(60);
    for (int p = GILKIT_POLICY_NEW; p <= GILKIT_POLICY_FIFO; p++) {
        handoff(p);
        counter(p);
        printf("policy %s: hand-off and counter ok\n", policy_names[p]);
    }
    return test_report("test_gil_handoff");
}
