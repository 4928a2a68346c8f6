/*
 * test_ext_histogram.c - the C test of the user kernel histogram (native/src/ext/histogram.c), written by
 * `gilkit new-kernel histogram`; ctest runs it (exit status non-zero on failure).
 *  - known answers: inputs whose exact results are known, including the empty input and one
 *    length that is not a multiple of anything; take expected values from an independent source
 *    (a Python/NumPy one-liner, a reference implementation), never from this kernel's output;
 *  - the dispatcher refuses arguments that break the schema (the kernel never sees them);
 *  - the release proof (ext_test_util.h): with ALWAYS another thread takes the lock while this
 *    kernel runs; with NEVER it cannot.
 */
#include "ext_test_util.h"

/* Runs histogram on x[0..n) into y; returns the status. */
static int run(const double *x, double *y, int64_t n, double factor, int policy) {
    const int64_t slots[] = {GILKIT_EXT_SLOT_BUF(x, n), GILKIT_EXT_SLOT_BUF(y, n), GILKIT_EXT_SLOT_FLOAT(factor)};
    return ext_call("histogram", slots, GILKIT_EXT_COUNT(slots), policy);
}

static void known_answers(void) {
    /* factor * x is exact for these values (small integers and halves): no rounding to argue about. */
    enum { N = 1001 };
    static double x[N], y[N];
    for (int i = 0; i < N; i++) x[i] = i * 0.5;
    CHECK_EQ(run(x, y, N, 3.0, GILKIT_RELEASE_AUTO), GILKIT_OK);
    for (int i = 0; i < N; i++) CHECK(y[i] == i * 1.5);
    CHECK_EQ(run(x, y, 0, 3.0, GILKIT_RELEASE_ALWAYS), GILKIT_OK); /* the empty input */
    CHECK_EQ(run(NULL, NULL, 0, 3.0, GILKIT_RELEASE_NEVER), GILKIT_OK);
}

static void bad_arguments(void) {
    double x[4] = {1, 2, 3, 4}, y[4];
    CHECK_EQ(run(x, y, -1, 1.0, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);      /* negative length */
    CHECK_EQ(run(NULL, y, 4, 1.0, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);    /* NULL data */
    CHECK_EQ(run(x, x, 4, 1.0, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);       /* output overlaps input */
    CHECK_EQ(run(x, y, 4, 1.0 / 0.0, GILKIT_RELEASE_AUTO), GILKIT_EINVAL); /* infinite scalar */
    CHECK_EQ(run(x, y, 4, 1.0, 7), GILKIT_EINVAL);                         /* unknown policy */
    const int64_t mismatched[] = {GILKIT_EXT_SLOT_BUF(x, 4), GILKIT_EXT_SLOT_BUF(y, 3), GILKIT_EXT_SLOT_FLOAT(1.0)};
    CHECK_EQ(ext_call("histogram", mismatched, 6, GILKIT_RELEASE_AUTO), GILKIT_EINVAL); /* y breaks its size rule */
}

/* Big enough for several cancellation polls per call (the release proof needs one). */
#define BIG_ELEMS (4L << 20)
static double *big_x, *big_y;

static int run_big(void *ctx, int policy) {
    (void)ctx;
    return run(big_x, big_y, BIG_ELEMS, 2.0, policy);
}

int main(void) {
    start_watchdog(120);
    known_answers();
    bad_arguments();
    big_x = calloc(BIG_ELEMS, sizeof(double));
    big_y = calloc(BIG_ELEMS, sizeof(double));
    ext_release_test(run_big, NULL, GILKIT_RELEASE_ALWAYS);
    ext_release_test(run_big, NULL, GILKIT_RELEASE_AUTO); /* 64 MiB of buffers: above the threshold */
    ext_release_test(run_big, NULL, GILKIT_RELEASE_NEVER);
    free(big_x), free(big_y);
    return test_report("test_ext_histogram");
}
