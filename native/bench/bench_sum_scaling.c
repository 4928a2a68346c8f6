/*
 * bench_sum_scaling.c - does a cache-resident sum scale from 1 to 2 threads, in C alone?
 * Each thread sums its own buffer (default 32768 float64 = 256 KiB, inside one core's L2) with
 * gilkit_sum_f64, for a fixed time; rounds alternate 1 and 2 threads and the best round of each
 * is kept. Modes: "none" (no lock), "held" (both threads attached to one lock; each call takes
 * the lock, the kernel releases it around the loop, then it is dropped: an interpreter thread
 * calling numpy.sum), and "compute" (a dependent integer chain, no memory: what two cores give
 * when nothing is shared). Besides wall-clock ops/s it prints CPU ns per op (thread CPU time): if
 * the CPU cost per op stays flat from 1 to 2 threads, a scaling below 2 comes from the machine
 * (other processes, the host), not from the kernel or the lock.
 * Usage: bench_sum_scaling [elements] [milliseconds per round] [rounds]
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gilkit/array_math.h"
#include "gilkit/gil.h"

enum { MODE_NONE, MODE_HELD, MODE_COMPUTE };
static const char *mode_names[] = {"none", "held", "compute"};

static int64_t elements = 32768;
static double round_s = 0.3;
static gilkit_gil *gil;
static volatile int go, stop;

typedef struct {
    int mode;
    double *buf;
    long ops;
    double cpu_s;
    double wait_ns; /* held mode: time spent waiting for the lock (its own statistics) */
    double sink;
} worker;

static double clock_s(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void *run(void *arg) {
    worker *w = arg;
    gilkit_tstate *ts = w->mode == MODE_HELD ? gilkit_tstate_create(gil, "sum") : NULL;
    while (!go) {}
    double c0 = clock_s(CLOCK_THREAD_CPUTIME_ID), acc = 0;
    uint64_t x = 1;
    long ops = 0;
    while (!stop) {
        double r = 0;
        if (w->mode == MODE_COMPUTE) {
            for (int64_t i = 0; i < elements / 4; i++) x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            r = (double)x;
        } else {
            if (ts) gilkit_gil_acquire(ts);
            gilkit_sum_f64(w->buf, elements, &r, GILKIT_RELEASE_AUTO);
            if (ts) gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
        }
        acc += r;
        ops++;
    }
    w->cpu_s = clock_s(CLOCK_THREAD_CPUTIME_ID) - c0;
    w->ops = ops;
    w->sink = acc;
    if (ts) {
        int64_t st[GILKIT_STAT_COUNT];
        gilkit_tstate_stats(ts, st, GILKIT_STAT_COUNT);
        w->wait_ns = (double)st[GILKIT_STAT_WAIT_NS];
        gilkit_tstate_destroy(ts);
    }
    return NULL;
}

/* One round with `n` threads; returns total ops/s and writes CPU and lock-wait ns per op. */
static double round_of(int mode, int n, double **bufs, double *cpu_ns_per_op, double *wait_ns_per_op) {
    pthread_t t[2];
    worker w[2];
    go = stop = 0;
    for (int i = 0; i < n; i++) {
        w[i] = (worker){.mode = mode, .buf = bufs[i]};
        pthread_create(&t[i], NULL, run, &w[i]);
    }
    struct timespec pause = {0, 20000000}; /* let them attach */
    nanosleep(&pause, NULL);
    double t0 = clock_s(CLOCK_MONOTONIC);
    go = 1;
    struct timespec len = {(time_t)round_s, (long)((round_s - (time_t)round_s) * 1e9)};
    nanosleep(&len, NULL);
    stop = 1;
    double wall = clock_s(CLOCK_MONOTONIC) - t0;
    long ops = 0;
    double cpu = 0, wait = 0;
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
        ops += w[i].ops;
        cpu += w[i].cpu_s;
        wait += w[i].wait_ns;
    }
    *cpu_ns_per_op = cpu / (double)ops * 1e9;
    *wait_ns_per_op = wait / (double)ops;
    return (double)ops / wall;
}

int main(int argc, char **argv) {
    if (argc > 1) elements = atoll(argv[1]);
    if (argc > 2) round_s = atof(argv[2]) / 1000.0;
    int rounds = argc > 3 ? atoi(argv[3]) : 5;
    double *bufs[2];
    for (int i = 0; i < 2; i++) {
        bufs[i] = aligned_alloc(64, (size_t)elements * 8);
        for (int64_t j = 0; j < elements; j++) bufs[i][j] = (double)(j % 1000) * 0.25;
    }
    gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    printf("%lld elements (%lld KiB) per thread, %d rounds of %.0f ms, best round kept\n", (long long)elements,
           (long long)(elements * 8 / 1024), rounds, round_s * 1000);
    printf("%-8s %14s %14s %8s %16s %16s %16s\n", "mode", "1 thread op/s", "2 threads op/s", "scaling", "CPU ns/op (1 t)",
           "CPU ns/op (2 t)", "lock wait ns/op");
    for (int mode = 0; mode < 3; mode++) {
        double best1 = 0, best2 = 0, cpu1 = 1e30, cpu2 = 1e30, wait2 = 1e30, c, wt;
        for (int r = 0; r < rounds; r++) {
            double o1 = round_of(mode, 1, bufs, &c, &wt);
            if (o1 > best1) best1 = o1;
            if (c < cpu1) cpu1 = c;
            double o2 = round_of(mode, 2, bufs, &c, &wt);
            if (o2 > best2) best2 = o2;
            if (c < cpu2) cpu2 = c;
            if (wt < wait2) wait2 = wt;
        }
        printf("%-8s %14.0f %14.0f %8.2f %16.0f %16.0f %16.0f\n", mode_names[mode], best1, best2, best2 / best1, cpu1, cpu2,
               mode == MODE_HELD ? wait2 : 0.0);
    }
    gilkit_gil_destroy(gil);
    return 0;
}
