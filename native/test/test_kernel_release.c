/*
 * test_kernel_release.c - the lock behaviour of the kernels, deterministically:
 *  - ALWAYS/AUTO above the threshold: thread B, blocked in acquire, gets the lock while thread A
 *    is inside a kernel. B proves it by setting A's cancel flag while holding the lock (A cannot
 *    be between kernel calls then, since it holds the lock there), and A's kernel loop ends with
 *    GILKIT_ECANCELLED. No timing: A simply repeats the kernel until it is cancelled.
 *  - NEVER (hold mode): B cannot get the lock while A runs any number of kernels.
 *  - a cancelled hash update leaves the state unchanged; the lock is held again after it.
 * One family representative per kernel file: sum, matmul, sha256, crc32c, xxh64.
 */
#include <stdatomic.h>

#include "gil_test_util.h"
#include "gilkit/array_math.h"
#include "gilkit/crc32c.h"
#include "gilkit/sha256.h"
#include "gilkit/xxh64.h"

#define BIG (16L << 20) /* bytes: four cancellation polls per call */

static uint8_t *bytes;
static double *mat_a, *mat_b, *mat_c;
#define MAT 512

static int run_kernel(int family, int policy) {
    double d;
    uint32_t c;
    uint64_t x;
    uint8_t out[32];
    switch (family) {
    case 0: return gilkit_sum_f64((const double *)bytes, BIG / 8, &d, policy);
    case 1: return gilkit_matmul_f64(mat_a, mat_b, mat_c, MAT, MAT, MAT, policy);
    case 2: return gilkit_sha256(bytes, BIG, out, policy);
    case 3: return gilkit_crc32c(bytes, BIG, 0, &c, policy);
    default: return gilkit_xxh64(bytes, BIG, 0, &x, policy);
    }
}

typedef struct {
    gilkit_gil *gil;
    gilkit_tstate *victim;   /* A's tstate, whose cancel flag B sets */
    atomic_int ready;        /* B created its tstate and is about to acquire */
    atomic_int acquired;     /* B holds (or held) the lock */
} b_args;

static void *thread_b(void *p) {
    b_args *b = p;
    gilkit_tstate *ts = gilkit_tstate_create(b->gil, "B");
    atomic_store(&b->ready, 1);
    CHECK_EQ(gilkit_gil_acquire(ts), 0);
    atomic_store(&b->acquired, 1);
    gilkit_tstate_set_cancel(b->victim, 1);
    CHECK_EQ(gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH), 0);
    gilkit_tstate_destroy(ts);
    return NULL;
}

static void release_test(int family, int policy) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, 1000000);
    gilkit_tstate *a = gilkit_tstate_create(gil, "A");
    CHECK_EQ(gilkit_gil_acquire(a), 0);
    b_args b = {.gil = gil, .victim = a};
    pthread_t tb;
    pthread_create(&tb, NULL, thread_b, &b);
    while (!atomic_load(&b.ready)) sched_yield(); /* B is at (or in) acquire; A still holds */
    int rc = 0, calls = 0;
    if (policy == GILKIT_RELEASE_NEVER) {
        for (calls = 0; calls < 3; calls++) CHECK_EQ(run_kernel(family, policy), 0);
        CHECK_EQ(atomic_load(&b.acquired), 0); /* hold mode: B never got in */
        CHECK_EQ(gilkit_tstate_holds(a), 1);
        CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_SWITCH), 0);
        pthread_join(tb, NULL);
        CHECK_EQ(atomic_load(&b.acquired), 1);
        gilkit_tstate_set_cancel(a, 0);
    } else {
        while (rc == 0 && calls++ < 100000) rc = run_kernel(family, policy);
        CHECK_EQ(rc, GILKIT_ECANCELLED);     /* B ran while A was inside the kernel */
        CHECK_EQ(atomic_load(&b.acquired), 1);
        CHECK_EQ(gilkit_tstate_holds(a), 1); /* END re-took the lock before returning */
        gilkit_tstate_set_cancel(a, 0);
        CHECK_EQ(run_kernel(family, GILKIT_RELEASE_NEVER), 0);
        CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_SWITCH), 0);
        pthread_join(tb, NULL);
    }
    gilkit_tstate_destroy(a);
    CHECK_EQ(gilkit_gil_destroy(gil), 0);
}

static void cancelled_update_keeps_state(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, 1000000);
    gilkit_tstate *a = gilkit_tstate_create(gil, "A");
    CHECK_EQ(gilkit_gil_acquire(a), 0);
    _Alignas(16) unsigned char st[GILKIT_HASH_MAX_STATE_SIZE], before[GILKIT_HASH_MAX_STATE_SIZE];
    gilkit_sha256_init(st);
    CHECK_EQ(gilkit_sha256_update(st, bytes, 100, GILKIT_RELEASE_AUTO), 0);
    memcpy(before, st, (size_t)gilkit_sha256_state_size());
    gilkit_tstate_set_cancel(a, 1);
    CHECK_EQ(gilkit_sha256_update(st, bytes, BIG, GILKIT_RELEASE_ALWAYS), GILKIT_ECANCELLED);
    CHECK_EQ(memcmp(before, st, (size_t)gilkit_sha256_state_size()), 0);
    CHECK_EQ(gilkit_tstate_holds(a), 1);
    double d;
    CHECK_EQ(gilkit_sum_f64((const double *)bytes, BIG / 8, &d, GILKIT_RELEASE_NEVER), GILKIT_ECANCELLED);
    /* Below one poll interval nothing polls: a small call completes even with the flag set. */
    CHECK_EQ(gilkit_sum_f64((const double *)bytes, 1000, &d, GILKIT_RELEASE_ALWAYS), 0);
    gilkit_tstate_set_cancel(a, 0);
    CHECK_EQ(gilkit_sha256_update(st, bytes, BIG, GILKIT_RELEASE_ALWAYS), 0);
    CHECK_EQ(gilkit_gil_release(a, GILKIT_RELEASE_SWITCH), 0);
    gilkit_tstate_destroy(a);
    gilkit_gil_destroy(gil);
}

int main(void) {
    start_watchdog(120);
    bytes = calloc(BIG, 1);
    mat_a = calloc(MAT * MAT, 8), mat_b = calloc(MAT * MAT, 8), mat_c = calloc(MAT * MAT, 8);
    for (int family = 0; family < 5; family++) {
        release_test(family, GILKIT_RELEASE_ALWAYS);
        release_test(family, GILKIT_RELEASE_AUTO);
        release_test(family, GILKIT_RELEASE_NEVER);
    }
    cancelled_update_keeps_state();
    free(bytes), free(mat_a), free(mat_b), free(mat_c);
    return test_report("test_kernel_release");
}
