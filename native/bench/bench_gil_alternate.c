/*
 * bench_gil_alternate.c - what it costs this machine to run 2 CPU-bound threads in turns under a
 * GIL, with no interpreter at all: the floor under benchmarks/threads_cpu_ratio.py (issue 5's
 * "2 threads vs the same work twice in one thread <= 1.02x").
 *
 * The work is a register-only loop (an LCG step per iteration, the eval-breaker word read as the
 * interpreter's check point reads it), so caches and allocation play no part. Each row prints the
 * best-of-ROUNDS wall time of the work run twice by one thread and of the same work split over
 * 2 threads that take turns, and their ratio, for:
 *   - gilkit's lock (policy `new`, gil.c), and
 *   - a reference: CPython's ceval_gil.c algorithm (mutex + condition variable, timed wait, drop
 *     request, forced switch: take_gil/drop_gil reduced to their logic, no spinning), so that a
 *     ratio above 1 can be told apart from a cost of gilkit's design;
 * at switch intervals 0.5, 5 and 50 ms.
 *
 * Measured on this 2-vCPU KVM guest (issue 5, session 7, idle): at 5 ms both locks show 1.021-1.030;
 * at 50 ms 1.000-1.004; at 0.5 ms 1.006-1.010; pinned to one CPU (`taskset -c 0`) 1.004-1.007. The
 * cost is not per switch (10x more switches at 0.5 ms cost less) but comes from alternating two
 * vCPUs with ~5 ms idle gaps (the host's idle/halt handling of the vCPU that waits), so no lock
 * design removes it; CPython itself measures 1.001 or 1.076 depending on whether its two threads
 * happen to share one vCPU. Not a ctest (no timing asserts on 2 noisy cores): run by hand,
 * target/cmake/bench_gil_alternate [ITERATIONS] [ROUNDS].
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gilkit/gil.h"

static long iterations = 100000000L; /* ~0.19 s per work() call on this machine */
static int rounds = 5;
static volatile uint64_t sink;

static double wall_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* One lock under test: how a thread takes it, drops it, and honours a drop request. */
typedef struct lock_ops {
    const char *name;
    void *(*thread_begin)(void);               /* per thread: create state, take the lock */
    void (*thread_end)(void *state);           /* drop the lock, free the state */
    volatile int32_t *(*drop_requested)(void); /* the word the check point reads */
    void (*checkpoint)(void *state);           /* called when that word is set */
} lock_ops;

static const lock_ops *ops;

static void work(void *state) {
    volatile int32_t *breaker = ops->drop_requested();
    uint64_t x = 1;
    for (long i = 0; i < iterations; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        x ^= x >> 17;
        if (__atomic_load_n(breaker, __ATOMIC_RELAXED)) ops->checkpoint(state);
    }
    sink = x;
}

static void *worker(void *unused) {
    void *state = ops->thread_begin();
    work(state);
    ops->thread_end(state);
    return NULL;
}

/* ---- gilkit's lock ---------------------------------------------------------------------- */

static gilkit_gil *gk;

static void *gk_begin(void) {
    gilkit_tstate *ts = gilkit_tstate_create(gk, "alternate");
    gilkit_gil_acquire(ts);
    return ts;
}
static void gk_end(void *ts) {
    gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING);
    gilkit_tstate_destroy(ts);
}
static volatile int32_t *gk_breaker(void) { return gilkit_gil_eval_breaker(gk); }
static void gk_checkpoint(void *ts) { gilkit_gil_checkpoint(ts); }

/* ---- reference: CPython's new GIL (Python/ceval_gil.c), reduced to its logic -------------- */

static pthread_mutex_t ref_mutex = PTHREAD_MUTEX_INITIALIZER, ref_switch_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ref_cond = PTHREAD_COND_INITIALIZER, ref_switch_cond = PTHREAD_COND_INITIALIZER;
static int ref_locked;
static volatile int32_t ref_drop_request;
static uint64_t ref_switch_number;
static void *ref_last_holder;
static long ref_interval_ns;

static void ref_take(void *me) {
    pthread_mutex_lock(&ref_mutex);
    while (ref_locked) {
        uint64_t saved = ref_switch_number;
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += ref_interval_ns;
        until.tv_sec += until.tv_nsec / 1000000000L;
        until.tv_nsec %= 1000000000L;
        int rc = pthread_cond_timedwait(&ref_cond, &ref_mutex, &until);
        if (rc == ETIMEDOUT && ref_locked && ref_switch_number == saved)
            __atomic_store_n(&ref_drop_request, 1, __ATOMIC_RELAXED);
    }
    pthread_mutex_lock(&ref_switch_mutex);
    ref_locked = 1;
    if (ref_last_holder != me) {
        ref_last_holder = me;
        ref_switch_number++;
    }
    pthread_cond_signal(&ref_switch_cond);
    pthread_mutex_unlock(&ref_switch_mutex);
    __atomic_store_n(&ref_drop_request, 0, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&ref_mutex);
}
static void ref_drop(void *me, int forced) {
    pthread_mutex_lock(&ref_mutex);
    ref_locked = 0;
    pthread_cond_signal(&ref_cond);
    pthread_mutex_unlock(&ref_mutex);
    if (!forced) return;
    pthread_mutex_lock(&ref_switch_mutex);
    while (ref_last_holder == me) pthread_cond_wait(&ref_switch_cond, &ref_switch_mutex);
    pthread_mutex_unlock(&ref_switch_mutex);
}
static void *ref_begin(void) {
    void *me = malloc(1); /* any distinct address identifies the thread */
    ref_take(me);
    return me;
}
static void ref_end(void *me) {
    ref_drop(me, 0);
    free(me);
}
static volatile int32_t *ref_breaker(void) { return &ref_drop_request; }
static void ref_checkpoint(void *me) {
    ref_drop(me, 1);
    ref_take(me);
}

static const lock_ops GILKIT_OPS = {"gilkit (new)", gk_begin, gk_end, gk_breaker, gk_checkpoint};
static const lock_ops CPYTHON_OPS = {"CPython's algorithm", ref_begin, ref_end, ref_breaker, ref_checkpoint};

/* ---- measurement ---------------------------------------------------------------------------- */

static double serial_once(void) {
    double t0 = wall_s();
    void *state = ops->thread_begin();
    work(state);
    work(state);
    ops->thread_end(state);
    return wall_s() - t0;
}

static double threaded_once(void) {
    pthread_t a, b;
    double t0 = wall_s();
    if (pthread_create(&a, NULL, worker, NULL) != 0 || pthread_create(&b, NULL, worker, NULL) != 0) {
        perror("pthread_create");
        exit(1);
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return wall_s() - t0;
}

static void row(const lock_ops *lock, double interval_s) {
    ops = lock;
    ref_interval_ns = (long)(interval_s * 1e9);
    gk = gilkit_gil_create(GILKIT_POLICY_NEW, (int64_t)(interval_s * 1e9));
    double serial = 1e30, threaded = 1e30;
    for (int r = 0; r < rounds; r++) { /* alternate the order, so that drift hits both alike */
        double s, p;
        if (r % 2 == 0) {
            s = serial_once();
            p = threaded_once();
        } else {
            p = threaded_once();
            s = serial_once();
        }
        if (s < serial) serial = s;
        if (p < threaded) threaded = p;
    }
    gilkit_gil_destroy(gk);
    printf("%-20s %6.1f ms   %8.4f s   %8.4f s   %6.3f\n", lock->name, interval_s * 1e3, serial, threaded,
           threaded / serial);
}

int main(int argc, char **argv) {
    if (argc > 1) iterations = atol(argv[1]);
    if (argc > 2) rounds = atoi(argv[2]);
    if (iterations <= 0 || rounds <= 0) {
        fprintf(stderr, "usage: bench_gil_alternate [ITERATIONS>0] [ROUNDS>0]\n");
        return 2;
    }
    printf("2 threads in turns vs the same work twice in one thread (%ld iterations each, best of %d)\n",
           iterations, rounds);
    printf("%-20s %9s   %10s   %10s   %6s\n", "lock", "interval", "serial", "2 threads", "ratio");
    const double intervals[] = {0.0005, 0.005, 0.05};
    for (int i = 0; i < 3; i++) {
        row(&GILKIT_OPS, intervals[i]);
        row(&CPYTHON_OPS, intervals[i]);
    }
    return 0;
}
