/*
 * ext_test_util.h - what every user kernel's C test shares (native/test/test_ext_NAME.c):
 * calling a registered kernel by name, and the deterministic proof that it releases the lock.
 *
 * The release proof (as test_kernel_release.c does for the built-in kernels), with no timing:
 * thread A holds the lock and calls the kernel over and over; thread B waits in acquire(). If B
 * gets the lock, A must be inside the kernel with the lock released (A holds it everywhere else),
 * and B proves it by setting A's cancel flag while holding the lock: A's kernel polls the flag
 * and returns GILKIT_ECANCELLED. In hold mode (NEVER), B cannot get the lock during any number of
 * A's calls. The kernel must poll at least once per call: give it more than one poll interval.
 */
#ifndef EXT_TEST_UTIL_H
#define EXT_TEST_UTIL_H

#include <sched.h>
#include <stdatomic.h>

#include "gil_test_util.h"
#include "gilkit/ext.h"
#include "gilkit/kernel.h"

/* Calls kernel `name` with `n_slots` argument slots (gilkit/ext.h); prints the error if any. */
static int ext_call(const char *name, const int64_t *slots, int n_slots, int policy) {
    char error[GILKIT_EXT_ERROR_CAP];
    int id = gilkit_ext_find(name);
    if (id < 0) {
        fprintf(stderr, "user kernel '%s' is not registered\n", name);
        return id;
    }
    int st = gilkit_ext_invoke(id, slots, n_slots, policy, error, (int)sizeof error);
    if (st != GILKIT_OK && st != GILKIT_ECANCELLED && getenv("EXT_TEST_VERBOSE")) fprintf(stderr, "%s\n", error);
    return st;
}

/* One call of the kernel under test with a given policy; returns its status. */
typedef int (*ext_test_run)(void *ctx, int policy);

typedef struct {
    gilkit_gil *gil;
    gilkit_tstate *victim; /* A's tstate, whose cancel flag B sets */
    atomic_int ready;      /* B created its tstate and is about to acquire */
    atomic_int acquired;   /* B holds (or held) the lock */
} ext_b_args;

static void *ext_thread_b(void *p) {
    ext_b_args *b = p;
    gilkit_tstate *ts = gilkit_tstate_create(b->gil, "B");
    atomic_store(&b->ready, 1);
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    atomic_store(&b->acquired, 1);
    gilkit_tstate_set_cancel(b->victim, 1);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    gilkit_tstate_destroy(ts);
    return NULL;
}

/*
 * The release proof for `policy`: ALWAYS (or AUTO above the threshold) must let B in while A is
 * inside the kernel; NEVER must keep B out for three calls. Fails the test through CHECK.
 */
static void ext_release_test(ext_test_run run, void *ctx, int policy) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, 1000000);
    gilkit_tstate *a = gilkit_tstate_create(gil, "A");
    CHECK_EQ(gilkit_gil_acquire(a), 0);
    ext_b_args b = {.gil = gil, .victim = a};
    pthread_t tb;
    pthread_create(&tb, NULL, ext_thread_b, &b);
    while (!atomic_load(&b.ready)) sched_yield(); /* B is at (or in) acquire; A still holds */
    if (policy == GILKIT_RELEASE_NEVER) {
        for (int i = 0; i < 3; i++) CHECK_EQ(run(ctx, policy), GILKIT_OK);
        CHECK_EQ(atomic_load(&b.acquired), 0); /* hold mode: B never got in */
    } else {
        /* B normally gets in during the first call; 1000 calls bound the failure case. */
        int rc = GILKIT_OK;
        for (int calls = 0; rc == GILKIT_OK && calls < 1000; calls++) rc = run(ctx, policy);
        CHECK_EQ(rc, GILKIT_ECANCELLED);     /* B ran while A was inside the kernel */
        CHECK_EQ(atomic_load(&b.acquired), 1);
    }
    CHECK_EQ(gilkit_tstate_holds(a), 1);     /* END re-took the lock before returning */
    CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_SWITCH), 0);
    pthread_join(tb, NULL);
    CHECK_EQ(atomic_load(&b.acquired), 1);
    gilkit_tstate_set_cancel(a, 0);
    gilkit_tstate_destroy(a);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

#endif
