/*
 * test_gil_api.c - statistics add up, BEGIN/END/BLOCK/UNBLOCK, errno, gilstate from foreign
 * pthreads, release-build misuse codes, and the trace rings.
 */
#include <errno.h>
#include <time.h>

#include "gil_test_util.h"
#include "gilkit/testkernels.h"
#include "gilkit/trace.h"

static int64_t now_ns(void) {
    return gilkit_trace_now_ns();
}

static void sleep_ns(long ns) {
    struct timespec t = {0, ns};
    nanosleep(&t, NULL);
}

static void stats_add_up(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    int64_t t0 = now_ns();
    gilkit_tstate *ts = gilkit_tstate_create(gil, "main");
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING), 0);
    sleep_ns(2000000);
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    GILKIT_BEGIN_ALLOW_THREADS
    sleep_ns(2000000);
    GILKIT_END_ALLOW_THREADS
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    int64_t wall = now_ns() - t0;
    int64_t s[GILKIT_STAT_COUNT];
    CHECK_EQ(gilkit_tstate_stats(ts, s, GILKIT_STAT_COUNT), 0);
    CHECK_EQ(s[GILKIT_STAT_ACQUISITIONS], 3);
    CHECK(s[GILKIT_STAT_BLOCKING_NS] >= 2000000);
    CHECK(s[GILKIT_STAT_NATIVE_NS] >= 2000000);
    CHECK_EQ(s[GILKIT_STAT_WAIT_NS], 0); /* never contended */
    CHECK(s[GILKIT_STAT_HOLD_NS] + s[GILKIT_STAT_BLOCKING_NS] + s[GILKIT_STAT_NATIVE_NS] <= wall);
    CHECK_EQ(s[GILKIT_STAT_DROP_REQUESTS_MADE] + s[GILKIT_STAT_DROP_REQUESTS_RECEIVED] + s[GILKIT_STAT_FORCED_SWITCHES], 0);
    CHECK_EQ(gilkit_tstate_stats(ts, NULL, 3), GILKIT_EINVAL);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

static void begin_end_block_unblock_and_errno(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "kernel-caller");
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    CHECK(gilkit_tstate_current() == ts);
    errno = ERANGE;
    GILKIT_BEGIN_ALLOW_THREADS
    CHECK_EQ(errno, ERANGE);
    CHECK_EQ(gilkit_tstate_holds(ts), 0);
    GILKIT_BLOCK_THREADS
    CHECK_EQ(gilkit_tstate_holds(ts), 1);
    CHECK_EQ(gilkit_assert_held(), 1);
    GILKIT_UNBLOCK_THREADS
    CHECK_EQ(gilkit_tstate_holds(ts), 0);
    errno = EAGAIN; /* the kernel's own errno must survive END */
    GILKIT_END_ALLOW_THREADS
    CHECK_EQ(errno, EAGAIN);
    CHECK_EQ(gilkit_tstate_holds(ts), 1);
    /* A conditional BEGIN below the threshold keeps the lock. */
    GILKIT_BEGIN_ALLOW_THREADS_IF(0)
    CHECK_EQ(gilkit_tstate_holds(ts), 1);
    GILKIT_END_ALLOW_THREADS
    CHECK_EQ(gilkit_test_noop_released(), 0);
    CHECK_EQ(gilkit_tstate_holds(ts), 1);
    CHECK_EQ(gilkit_test_rendezvous(1, 0, 1), 1);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    /* Not holding: BEGIN/END pass through. */
    GILKIT_BEGIN_ALLOW_THREADS
    CHECK_EQ(gilkit_tstate_holds(ts), 0);
    GILKIT_END_ALLOW_THREADS
    CHECK_EQ(gilkit_tstate_holds(ts), 0);
    int64_t s[GILKIT_STAT_COUNT];
    gilkit_tstate_stats(ts, s, GILKIT_STAT_COUNT);
    CHECK_EQ(s[GILKIT_STAT_ACQUISITIONS], 5); /* acquire, BLOCK, END, and the ENDs of noop and rendezvous */
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    CHECK(gilkit_tstate_current() == NULL);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

/* With no tstate at all (a plain C caller), the macros and cancel checks are no-ops. */
static void macros_without_tstate(void) {
    CHECK(gilkit_tstate_current() == NULL);
    GILKIT_BEGIN_ALLOW_THREADS
    CHECK_EQ(gilkit_cancel_requested(), 0);
    GILKIT_END_ALLOW_THREADS
    CHECK(gilkit_save_thread() == NULL);
    gilkit_restore_thread(NULL);
}

#define FOREIGN 3
#define FOREIGN_ITERS 3000

typedef struct {
    gilkit_gil *gil;
    long *counter;
} foreign_ctx;

static void *foreign_main(void *arg) {
    foreign_ctx *c = arg;
    for (int i = 0; i < FOREIGN_ITERS; i++) {
        int outer = gilkit_gilstate_ensure(c->gil);
        CHECK_EQ(outer, 2); /* created a tstate for this thread */
        int inner = gilkit_gilstate_ensure(c->gil);
        CHECK_EQ(inner, 1); /* nested: only the depth changes */
        long v = *(volatile long *)c->counter;
        *(volatile long *)c->counter = v + 1;
        CHECK_EQ(gilkit_gilstate_release(c->gil, inner), 0);
        CHECK_EQ(gilkit_gilstate_release(c->gil, outer), 0);
    }
    CHECK(gilkit_tstate_current() == NULL);
    return NULL;
}

static void gilstate_from_foreign_pthreads(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, 10000);
    long counter = 0;
    foreign_ctx ctx = {gil, &counter};
    gilkit_tstate *ts = gilkit_tstate_create(gil, "main");
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    pthread_t th[FOREIGN];
    for (int i = 0; i < FOREIGN; i++) pthread_create(&th[i], NULL, foreign_main, &ctx);
    int ticks = 1;
    for (int i = 0; i < FOREIGN_ITERS; i++) {
        long v = *(volatile long *)&counter;
        *(volatile long *)&counter = v + 1;
        test_checkpoint(gil, ts, &ticks);
        if (i % 100 == 99) {
            CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING), 0);
            sched_yield();
            CHECK_EQ(gilkit_gil_acquire(ts), 0);
        }
    }
    /* ensure on a thread that holds through its own tstate: nested, never a deadlock */
    int tok = gilkit_gilstate_ensure(gil);
    CHECK_EQ(tok, 1);
    CHECK_EQ(gilkit_gilstate_release(gil, tok), 0);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING), 0);
    /* ensure on a thread whose tstate does not hold: takes it, release gives it back */
    tok = gilkit_gilstate_ensure(gil);
    CHECK_EQ(tok, 0);
    CHECK_EQ(gilkit_tstate_holds(ts), 1);
    CHECK_EQ(gilkit_gilstate_release(gil, tok), 0);
    CHECK_EQ(gilkit_tstate_holds(ts), 0);
    for (int i = 0; i < FOREIGN; i++) pthread_join(th[i], NULL);
    CHECK_EQ(counter, (long)(FOREIGN + 1) * FOREIGN_ITERS);
#ifndef GILKIT_DEBUG /* the debug build aborts on this misuse instead (test_gil_misuse checks that) */
    CHECK_EQ(gilkit_gilstate_release(gil, 1), GILKIT_ENOTHELD);
#endif
    CHECK_EQ(gilkit_gilstate_ensure(NULL), GILKIT_EINVAL);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

static void bad_arguments(void) {
    CHECK(gilkit_gil_create(-1, GILKIT_DEFAULT_INTERVAL_NS) == NULL);
    CHECK(gilkit_gil_create(4, GILKIT_DEFAULT_INTERVAL_NS) == NULL);
    CHECK(gilkit_gil_create(GILKIT_POLICY_NEW, 999) == NULL);
    CHECK(gilkit_gil_create(GILKIT_POLICY_NEW, -1) == NULL);
    CHECK_EQ(gilkit_gil_destroy(NULL), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_policy(NULL), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_acquire(NULL), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_release(NULL, 0), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_checkpoint(NULL), GILKIT_EINVAL);
    CHECK(gilkit_tstate_create(NULL, "x") == NULL);
    CHECK(gilkit_gil_eval_breaker(NULL) == NULL);
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_FIFO, GILKIT_MIN_INTERVAL_NS);
    CHECK_EQ(gilkit_gil_policy(gil), GILKIT_POLICY_FIFO);
    CHECK_EQ(gilkit_gil_set_interval_ns(gil, 999), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_set_interval_ns(gil, 2000), 0);
    CHECK_EQ(gilkit_gil_interval_ns(gil), 2000);
    CHECK_EQ(gilkit_gil_set_legacy_ticks(gil, 0), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_set_legacy_ticks(gil, 5), 0);
    CHECK_EQ(gilkit_gil_legacy_ticks(gil), 5);
    CHECK_EQ(gilkit_test_rendezvous(0, 0, 0), GILKIT_EINVAL);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

static void tracing(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    CHECK_EQ(gilkit_trace_enabled(gil), 0);
    CHECK_EQ(gilkit_trace_enable(gil, 15), GILKIT_EINVAL);
    CHECK_EQ(gilkit_trace_enable(gil, 16), 0);
    CHECK_EQ(gilkit_trace_enabled(gil), 1);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "traced");
    int sum_id = gilkit_trace_kernel_id("sum");
    CHECK(sum_id >= 0);
    CHECK_EQ(gilkit_trace_kernel_id("sum"), sum_id);
    CHECK(strcmp(gilkit_trace_kernel_name(sum_id), "sum") == 0);
    CHECK(gilkit_trace_kernel_name(-1) == NULL);
    gilkit_gil_acquire(ts);
    gilkit_trace_kernel_begin(sum_id, 4096);
    GILKIT_BEGIN_ALLOW_THREADS
    GILKIT_END_ALLOW_THREADS
    gilkit_trace_kernel_end(sum_id, 4096, 1);
    gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING);
    int64_t out[3 * 32];
    int64_t n = gilkit_trace_drain(ts, out, 32);
    /* THREAD_START ACQUIRE KERNEL_BEGIN RELEASE(native) ACQUIRE KERNEL_END RELEASE(blocking) */
    static const int expected[] = {GILKIT_EV_THREAD_START, GILKIT_EV_ACQUIRE, GILKIT_EV_KERNEL_BEGIN,
                                   GILKIT_EV_RELEASE, GILKIT_EV_ACQUIRE, GILKIT_EV_KERNEL_END, GILKIT_EV_RELEASE};
    CHECK_EQ(n, 7);
    for (int i = 0; i < n && i < 7; i++) {
        CHECK_EQ(out[3 * i + 1] >> 32, expected[i]);
        if (i > 0) CHECK(out[3 * i] >= out[3 * (i - 1)]);
    }
    CHECK_EQ((int32_t)out[3 * 2 + 1], sum_id);
    CHECK_EQ(out[3 * 2 + 2], 4096);
    CHECK_EQ((int32_t)out[3 * 3 + 1], GILKIT_RELEASE_NATIVE);
    CHECK_EQ((int32_t)out[3 * 5 + 1], 1);
    CHECK_EQ((int32_t)out[3 * 6 + 1], GILKIT_RELEASE_BLOCKING);
    CHECK_EQ(gilkit_trace_drain(ts, out, 32), 0);
    /* Overflow: 16 slots, 20 transitions => 4 dropped, never blocked. */
    for (int i = 0; i < 10; i++) {
        gilkit_gil_acquire(ts);
        gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    }
    CHECK_EQ(gilkit_trace_drain(ts, out, 32), 16);
    CHECK_EQ(gilkit_trace_dropped(ts), 4);
    CHECK_EQ(gilkit_trace_disable(gil), 0);
    gilkit_gil_acquire(ts);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    CHECK_EQ(gilkit_trace_drain(ts, out, 32), 0);
    CHECK_EQ(gilkit_tstate_destroy(ts), 0);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

int main(void) {
    start_watchdog(60);
    macros_without_tstate();
    stats_add_up();
    begin_end_block_unblock_and_errno();
    gilstate_from_foreign_pthreads();
    bad_arguments();
    tracing();
    return test_report("test_gil_api");
}
