/*
 * test_gil_slice.c - rules 1 and 2 of the `new` and `fifo` policies (gil.c): the switch interval
 * is a slice measured from the holder's acquisition, not from the waiter's arrival.
 *
 * A holder takes the lock and keeps it (sleeping, no check point) for HOLD_NS, longer than the
 * interval, then spins through check points. A waiter that arrives after that finds the slice
 * over and asks for the lock at once. Under the old rule (CPython's: wait one interval from
 * arrival, then ask) it would have waited a whole interval first. The traces show both sides:
 *  - the request never comes before the holder's slice is over (request - holder's ACQUIRE >=
 *    interval): exact, the wait cannot end early;
 *  - the request does not wait an interval after the waiter's arrival (request - REQUEST <
 *    interval): only a stall of the waiter of a whole interval (300 ms) between two consecutive
 *    statements could break it, which is why the interval is that long.
 * A second case re-takes the lock (release for "blocking" + acquire, nobody waiting) before the
 * waiter arrives: a holder's re-take continues its slice, so the waiter still asks at once.
 */
#include <stdint.h>
#include <time.h>

#include "gil_test_util.h"
#include "gilkit/trace.h"

#define INTERVAL_NS 300000000LL /* 300 ms */
#define HOLD_NS 400000000LL     /* > INTERVAL_NS: the slice is over when the waiter comes */
#define MAX_EVENTS 256

typedef struct {
    gilkit_gil *gil;
    int retake;               /* release + re-take after the hold, before the waiter comes */
    pthread_mutex_t m;
    pthread_cond_t c;
    int slice_over;           /* under m */
    volatile int done;        /* atomic accesses only */
    int64_t events[3 * MAX_EVENTS];
    int64_t n_events;
} slice_ctx;

static void sleep_ns(int64_t ns) {
    struct timespec t = {(time_t)(ns / 1000000000LL), (long)(ns % 1000000000LL)};
    while (nanosleep(&t, &t) != 0) {
    }
}

static void *holder_main(void *arg) {
    slice_ctx *c = arg;
    gilkit_tstate *ts = gilkit_tstate_create(c->gil, "holder");
    CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    sleep_ns(HOLD_NS);
    if (c->retake) {
        CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING), GILKIT_OK);
        CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    }
    pthread_mutex_lock(&c->m);
    c->slice_over = 1;
    pthread_cond_signal(&c->c);
    pthread_mutex_unlock(&c->m);
    int ticks = 1;
    while (!__atomic_load_n(&c->done, __ATOMIC_ACQUIRE)) CHECK(test_checkpoint(c->gil, ts, &ticks) >= 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), GILKIT_OK);
    c->n_events = gilkit_trace_drain(ts, c->events, MAX_EVENTS);
    gilkit_tstate_destroy(ts);
    return NULL;
}

/* Time of the first event of `type` in ev[0..n), or -1. */
static int64_t first(const int64_t *ev, int64_t n, int type) {
    for (int64_t i = 0; i < n; i++)
        if ((int)(ev[3 * i + 1] >> 32) == type) return ev[3 * i];
    return -1;
}

static void run(int policy, int retake) {
    slice_ctx c = {.retake = retake, .m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER};
    c.gil = gilkit_gil_create(policy, INTERVAL_NS);
    CHECK_EQ(gilkit_trace_enable(c.gil, MAX_EVENTS), GILKIT_OK);
    gilkit_tstate *ts = gilkit_tstate_create(c.gil, "waiter");
    pthread_t holder;
    CHECK_EQ(pthread_create(&holder, NULL, holder_main, &c), 0);
    pthread_mutex_lock(&c.m);
    while (!c.slice_over) pthread_cond_wait(&c.c, &c.m);
    pthread_mutex_unlock(&c.m);
    CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), GILKIT_OK);
    __atomic_store_n(&c.done, 1, __ATOMIC_RELEASE);
    pthread_join(holder, NULL);
    int64_t ev[3 * MAX_EVENTS];
    int64_t n = gilkit_trace_drain(ts, ev, MAX_EVENTS);
    int64_t arrived = first(ev, n, GILKIT_EV_REQUEST);
    int64_t asked = first(ev, n, GILKIT_EV_DROP_REQUEST_SET);
    int64_t slice_start = first(c.events, c.n_events, GILKIT_EV_ACQUIRE);
    CHECK(arrived > 0 && asked > 0 && slice_start > 0);
    CHECK(asked - slice_start >= INTERVAL_NS);
    CHECK(asked - arrived < INTERVAL_NS);
    printf("%-4s %s: request %.1f ms after the holder's acquisition, %.3f ms after the waiter's arrival\n",
           policy_names[policy], retake ? "re-take" : "hold   ", (asked - slice_start) / 1e6, (asked - arrived) / 1e6);
    CHECK_EQ(gilkit_tstate_destroy(ts), GILKIT_OK);
    CHECK_EQ(gilkit_gil_destroy(c.gil), GILKIT_OK);
}

int main(void) {
    start_watchdog(60);
    run(GILKIT_POLICY_NEW, 0);
    run(GILKIT_POLICY_NEW, 1);
    run(GILKIT_POLICY_FIFO, 0);
    return test_report("test_gil_slice");
}
