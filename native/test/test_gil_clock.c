/*
 * test_gil_clock.c - the always-on statistics (kept in ticks of the cheap statistics clock) agree
 * with the trace (CLOCK_MONOTONIC, the clock of Java's System.nanoTime) about the same spans.
 *
 * Each span is made long (a 20 ms sleep) and is measured twice by the lock: once by the
 * statistics, converted from ticks to ns, and once by the trace's own timestamps, read within a
 * few instructions of the tick reads. A wrong unit or a badly calibrated tick rate shows up as a
 * disagreement of at least a few percent; the tolerance (1 % + 200 us) only absorbs scheduling
 * noise. The lower bounds hold on any machine: a 20 ms sleep lasts at least 20 ms.
 * CMake runs this test twice: with the default clock and with GILKIT_CLOCK=monotonic.
 */
#include <stdint.h>
#include <time.h>

#include "gil_test_util.h"
#include "gilkit/trace.h"

#define SPAN_NS 20000000LL
#define MAX_EVENTS 64

static void sleep_ns(int64_t ns) {
    struct timespec t = {(time_t)(ns / 1000000000LL), (long)(ns % 1000000000LL)};
    while (nanosleep(&t, &t) != 0) {
    }
}

static int agree(int64_t a, int64_t b) {
    int64_t d = a > b ? a - b : b - a;
    int64_t big = a > b ? a : b;
    return d <= big / 100 + 200000;
}

/* The time and value of the first event of `type` at or after index `from`, or -1. */
static int find(const int64_t *ev, int64_t n, int from, int type) {
    for (int i = from; i < n; i++)
        if ((int)(ev[3 * i + 1] >> 32) == type) return i;
    return -1;
}

static int64_t stat(gilkit_tstate *ts, int which) {
    int64_t out[GILKIT_STAT_COUNT];
    CHECK_EQ(gilkit_tstate_stats(ts, out, GILKIT_STAT_COUNT), GILKIT_OK);
    return out[which];
}

/* A 20 ms hold: HOLD_NS, the RELEASE event's value and the trace's ACQUIRE..RELEASE agree. */
static void test_hold(gilkit_gil *gil, gilkit_tstate *ts) {
    int64_t before = stat(ts, GILKIT_STAT_HOLD_NS);
    CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    sleep_ns(SPAN_NS);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), GILKIT_OK);
    int64_t held = stat(ts, GILKIT_STAT_HOLD_NS) - before;
    int64_t ev[3 * MAX_EVENTS];
    int64_t n = gilkit_trace_drain(ts, ev, MAX_EVENTS);
    int a = find(ev, n, 0, GILKIT_EV_ACQUIRE);
    int r = find(ev, n, a < 0 ? 0 : a, GILKIT_EV_RELEASE);
    CHECK(a >= 0 && r > a);
    if (a < 0 || r <= a) return;
    int64_t traced = ev[3 * r] - ev[3 * a];
    CHECK(held >= SPAN_NS);
    CHECK(traced >= SPAN_NS);
    CHECK(agree(held, traced));
    CHECK(agree(ev[3 * r + 2], traced));
    if (!agree(held, traced)) fprintf(stderr, "hold: stats %lld ns, trace %lld ns\n", (long long)held, (long long)traced);
    (void)gil;
}

/* A 20 ms blocking release: BLOCKING_NS and the trace's RELEASE..ACQUIRE agree. */
static void test_blocking(gilkit_tstate *ts) {
    CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    int64_t before = stat(ts, GILKIT_STAT_BLOCKING_NS);
    gilkit_trace_drain(ts, (int64_t[3 * MAX_EVENTS]){0}, MAX_EVENTS);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING), GILKIT_OK);
    sleep_ns(SPAN_NS);
    CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    int64_t blocked = stat(ts, GILKIT_STAT_BLOCKING_NS) - before;
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), GILKIT_OK);
    int64_t ev[3 * MAX_EVENTS];
    int64_t n = gilkit_trace_drain(ts, ev, MAX_EVENTS);
    int r = find(ev, n, 0, GILKIT_EV_RELEASE);
    int a = find(ev, n, r < 0 ? 0 : r, GILKIT_EV_ACQUIRE);
    CHECK(r >= 0 && a > r);
    if (r < 0 || a <= r) return;
    CHECK(blocked >= SPAN_NS);
    CHECK(agree(blocked, ev[3 * a] - ev[3 * r]));
}

typedef struct {
    gilkit_gil *gil;
    pthread_mutex_t m;
    pthread_cond_t c;
    int holding;
} holder_job;

static void *hold_for_a_while(void *arg) {
    holder_job *job = arg;
    gilkit_tstate *ts = gilkit_tstate_create(job->gil, "holder");
    gilkit_gil_acquire(ts);
    pthread_mutex_lock(&job->m);
    job->holding = 1;
    pthread_cond_signal(&job->c);
    pthread_mutex_unlock(&job->m);
    sleep_ns(2 * SPAN_NS);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    return NULL;
}

/* A contended acquire: WAIT_NS, the ACQUIRE event's value and the trace's REQUEST..ACQUIRE agree. */
static void test_wait(gilkit_gil *gil, gilkit_tstate *ts) {
    holder_job job = {.gil = gil, .m = PTHREAD_MUTEX_INITIALIZER, .c = PTHREAD_COND_INITIALIZER};
    pthread_t t;
    CHECK_EQ(pthread_create(&t, NULL, hold_for_a_while, &job), 0);
    pthread_mutex_lock(&job.m);
    while (!job.holding) pthread_cond_wait(&job.c, &job.m);
    pthread_mutex_unlock(&job.m);
    gilkit_trace_drain(ts, (int64_t[3 * MAX_EVENTS]){0}, MAX_EVENTS);
    int64_t before = stat(ts, GILKIT_STAT_WAIT_NS);
    CHECK_EQ(gilkit_gil_acquire(ts), GILKIT_OK);
    int64_t waited = stat(ts, GILKIT_STAT_WAIT_NS) - before;
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), GILKIT_OK);
    pthread_join(t, NULL);
    int64_t ev[3 * MAX_EVENTS];
    int64_t n = gilkit_trace_drain(ts, ev, MAX_EVENTS);
    int q = find(ev, n, 0, GILKIT_EV_REQUEST);
    int a = find(ev, n, q < 0 ? 0 : q, GILKIT_EV_ACQUIRE);
    CHECK(q >= 0 && a > q);
    if (q < 0 || a <= q) return;
    CHECK(waited > 0);
    CHECK(agree(waited, ev[3 * a] - ev[3 * q]));
    CHECK(agree(ev[3 * a + 2], ev[3 * a] - ev[3 * q]));
}

int main(void) {
    start_watchdog(60);
    const char *clock = getenv("GILKIT_CLOCK");
    printf("statistics clock: %s\n", clock != NULL ? clock : "default");
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    CHECK_EQ(gilkit_trace_enable(gil, 1024), GILKIT_OK);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "main");
    test_hold(gil, ts);
    test_blocking(ts);
    test_wait(gil, ts);
    CHECK_EQ(gilkit_tstate_destroy(ts), GILKIT_OK);
    CHECK_EQ(gilkit_gil_destroy(gil), GILKIT_OK);
    return test_report("test_gil_clock");
}
