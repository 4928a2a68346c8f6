/*
 * bench_gil_pair.c - what the lock costs when nobody else wants it, in C alone: the floor under
 * GilBench's uncontendedAcquireReleaseRaw and beginEndNoopKernel (which add two or one JavaCPP
 * calls of about 8-9 ns each). Times (ns per operation, best of 7 runs of 2M operations):
 *   - the clocks the lock may read (CLOCK_MONOTONIC, and the statistics clock gilkit_ticks_);
 *   - gilkit_gil_acquire + gilkit_gil_release, uncontended, per policy;
 *   - GILKIT_BEGIN/END_ALLOW_THREADS around nothing, from a thread holding a `new` lock.
 * Thread CPU time, so that other processes on the 2 shared cores disturb it less.
 * Not a ctest (no timing asserts on 2 noisy cores): run by hand, target/cmake/bench_gil_pair
 */
#include <stdio.h>
#include <time.h>

#include "gilkit/gil.h"
#include "gilkit/trace.h"

#define OPS 2000000
#define RUNS 7

static double cpu_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); /* CPU time: robust to other load */
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static gilkit_tstate *ts;
static volatile int64_t sink;

typedef void (*body)(void);

static void monotonic(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    sink = t.tv_nsec;
}
static void trace_now(void) {
    sink = gilkit_trace_now_ns();
}
static void pair(void) {
    gilkit_gil_acquire(ts);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
}
static void begin_end(void) {
    GILKIT_BEGIN_ALLOW_THREADS
    GILKIT_END_ALLOW_THREADS
}

static void run(const char *name, body f) {
    double best = 1e30;
    for (int r = 0; r < RUNS; r++) {
        double t0 = cpu_s();
        for (int i = 0; i < OPS; i++) f();
        double dt = (cpu_s() - t0) / OPS * 1e9;
        if (dt < best) best = dt;
    }
    printf("%-52s %8.1f ns/op\n", name, best);
}

static void run_pair(int policy, const char *name) {
    gilkit_gil *gil = gilkit_gil_create(policy, GILKIT_DEFAULT_INTERVAL_NS);
    ts = gilkit_tstate_create(gil, "bench");
    run(name, pair);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
}

int main(void) {
    run("clock_gettime(CLOCK_MONOTONIC)", monotonic);
    run("gilkit_trace_now_ns()", trace_now);
    run_pair(GILKIT_POLICY_NEW, "acquire+release, new");
    run_pair(GILKIT_POLICY_FIFO, "acquire+release, fifo");
    run_pair(GILKIT_POLICY_OFF, "acquire+release, off");

    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    ts = gilkit_tstate_create(gil, "bench");
    gilkit_gil_acquire(ts);
    run("BEGIN/END_ALLOW_THREADS around nothing, new", begin_end);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return 0;
}
