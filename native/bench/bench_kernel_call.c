/*
 * bench_kernel_call.c - what a tiny kernel call costs in C alone, without Java: the floor under
 * KernelCallBench's figures. Times (ns per call, best of 5 runs of 2M calls):
 *   - sum of 16 float64 through gilkit_sum_f64 and gilkit_sum_f64_small, and the bare loop;
 *   - SHA-256 of 64 bytes through gilkit_sha256, gilkit_hash and gilkit_sha256_small;
 *   - the same sum with policy ALWAYS from a thread holding a lock (release + re-take, uncontended).
 * Thread CPU time, so that other processes on the 2 shared cores disturb it less.
 * Not a ctest (no timing asserts on 2 noisy cores): run by hand,
 *   target/cmake/bench_kernel_call
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gilkit/array_math.h"
#include "gilkit/bench.h"
#include "gilkit/hash.h"
#include "gilkit/sha256.h"

#define CALLS 2000000
#define RUNS 5

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); /* CPU time: robust to other load */
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double a16[16];
static unsigned char b64[64];
static volatile double sink_d;
static volatile unsigned char sink_b;

typedef void (*body)(void);

static void sum_kernel(void) {
    double r;
    gilkit_sum_f64(a16, 16, &r, GILKIT_RELEASE_AUTO);
    sink_d = r;
}
static void sum_kernel_always(void) {
    double r;
    gilkit_sum_f64(a16, 16, &r, GILKIT_RELEASE_ALWAYS);
    sink_d = r;
}
static void sum_small(void) {
    sink_d = gilkit_sum_f64_small(a16, 16);
}
static void sum_loop(void) {
    sink_d = gilkit_bench_sum_baseline(a16, 16);
}
static double o64[64], x64[64];
static void add64(void) {
    gilkit_add_f64(x64, x64, o64, 64, GILKIT_RELEASE_HOLD_QUIET);
}
static void sha_kernel(void) {
    unsigned char out[32];
    gilkit_sha256(b64, 64, out, GILKIT_RELEASE_AUTO);
    sink_b = out[0];
}
static void sha_generic(void) {
    unsigned char out[32];
    gilkit_hash(GILKIT_KERNEL_SHA256, b64, 64, 0, out, GILKIT_RELEASE_AUTO);
    sink_b = out[0];
}
static void sha_small(void) {
    unsigned char out[32];
    gilkit_hash_small(GILKIT_KERNEL_SHA256, b64, 64, 0, out);
    sink_b = out[0];
}

static void run(const char *name, body f) {
    double best = 1e30;
    for (int r = 0; r < RUNS; r++) {
        double t0 = now_s();
        for (int i = 0; i < CALLS; i++) f();
        double dt = (now_s() - t0) / CALLS * 1e9;
        if (dt < best) best = dt;
    }
    printf("%-44s %8.1f ns/call\n", name, best);
}

int main(void) {
    for (int i = 0; i < 16; i++) a16[i] = i;
    for (int i = 0; i < 64; i++) b64[i] = (unsigned char)i;
    printf("-- no thread state (a plain C caller)\n");
    run("sum16: bare loop (gilkit_bench_sum_baseline)", sum_loop);
    run("sum16: gilkit_sum_f64 AUTO", sum_kernel);
    run("sum16: gilkit_sum_f64_small", sum_small);
    run("add of 64 float64: gilkit_add_f64 HOLD_QUIET", add64);
    run("sha256(64 B): gilkit_sha256 AUTO", sha_kernel);
    run("sha256(64 B): gilkit_hash AUTO", sha_generic);
    run("sha256(64 B): gilkit_hash_small", sha_small);
    gilkit_kernel_set_impl(GILKIT_KERNEL_SHA256, GILKIT_IMPL_PORTABLE);
    run("sha256(64 B): gilkit_hash_small, portable", sha_small);
    gilkit_kernel_set_impl(GILKIT_KERNEL_SHA256, GILKIT_IMPL_AUTO);

    /* Throughput over 64 MiB (CPU time, best of 5): compare with `openssl speed -bytes 16384
       sha256`, which also divides by CPU time unless given -elapsed. */
    {
        int64_t len = 64 << 20;
        unsigned char *big = malloc((size_t)len), out[32];
        for (int64_t i = 0; i < len; i++) big[i] = (unsigned char)(i * 31 + 7);
        for (int impl = 0; impl < 2; impl++) {
            gilkit_kernel_set_impl(GILKIT_KERNEL_SHA256, impl ? GILKIT_IMPL_PORTABLE : GILKIT_IMPL_AUTO);
            double best = 1e30;
            for (int r = 0; r < (impl ? 2 : 5); r++) {
                double t0 = now_s();
                gilkit_sha256(big, len, out, GILKIT_RELEASE_NEVER);
                double dt = now_s() - t0;
                if (dt < best) best = dt;
            }
            printf("sha256 of 64 MiB, %-9s %26.0f MB/s\n", impl ? "portable:" : "SHA-NI:", (double)len / best / 1e6);
        }
        gilkit_kernel_set_impl(GILKIT_KERNEL_SHA256, GILKIT_IMPL_AUTO);
        free(big);
    }

    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "bench");
    gilkit_gil_acquire(ts);
    printf("-- holding a lock (an interpreter thread)\n");
    run("sum16: gilkit_sum_f64 AUTO", sum_kernel);
    run("sum16: gilkit_sum_f64 ALWAYS (release+retake)", sum_kernel_always);
    run("sum16: gilkit_sum_f64_small", sum_small);
    run("sha256(64 B): gilkit_hash AUTO", sha_generic);
    run("sha256(64 B): gilkit_hash_small", sha_small);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return 0;
}
