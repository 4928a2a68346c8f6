/*
 * test_ext_histogram.c - the C test of the user kernel histogram (native/src/ext/histogram.c).
 * Started by `gilkit new-kernel histogram`, then edited; ctest runs it.
 *  - known answers from NumPy 2.4 (python3 3.11):
 *        x = np.array([((i * 7919) % 1000) / 100.0 - 1.0 for i in range(1001)]
 *                     + [0.0, 8.0, -1.0, 9.0, 7.999999999999999, 8.000000000000002, -0.5])
 *        np.histogram(x, bins=10, range=(0.0, 8.0))[0], ... bins=3, range=(0.1, 0.7) (edges that
 *        are not exact in binary), ... bins=7, range=(-1.0, 9.0)
 *  - the kernel's own errors: lo >= hi, a NaN in x (with its index);
 *  - the dispatcher refuses bad arguments (the kernel never runs on them);
 *  - the release proof (ext_test_util.h).
 */
#include "ext_test_util.h"

static int run(const double *x, int64_t n, int64_t bins, double lo, double hi, int64_t *counts, int policy, char *error) {
    const int64_t slots[] = {GILKIT_EXT_SLOT_BUF(x, n), GILKIT_EXT_SLOT_INT(bins), GILKIT_EXT_SLOT_FLOAT(lo),
                             GILKIT_EXT_SLOT_FLOAT(hi), GILKIT_EXT_SLOT_BUF(counts, bins)};
    if (error) return gilkit_ext_invoke(gilkit_ext_find("histogram"), slots, 10, policy, error, GILKIT_EXT_ERROR_CAP);
    return ext_call("histogram", slots, GILKIT_EXT_COUNT(slots), policy);
}

#define N (1001 + 7)
static double x[N];

static void known_answers(void) {
    for (int i = 0; i < 1001; i++) x[i] = ((i * 7919) % 1000) / 100.0 - 1.0;
    const double tail[7] = {0.0, 8.0, -1.0, 9.0, 7.999999999999999, 8.000000000000002, -0.5};
    memcpy(x + 1001, tail, sizeof tail);
    int64_t c[10];
    static const int64_t want10[10] = {81, 80, 81, 79, 80, 81, 80, 79, 81, 82};
    CHECK_EQ(run(x, N, 10, 0.0, 8.0, c, GILKIT_RELEASE_AUTO, NULL), GILKIT_OK);
    for (int i = 0; i < 10; i++) CHECK_EQ(c[i], want10[i]);
    static const int64_t want3[3] = {20, 20, 21};
    CHECK_EQ(run(x, N, 3, 0.1, 0.7, c, GILKIT_RELEASE_ALWAYS, NULL), GILKIT_OK);
    for (int i = 0; i < 3; i++) CHECK_EQ(c[i], want3[i]);
    static const int64_t want7[7] = {147, 143, 143, 143, 143, 143, 146};
    CHECK_EQ(run(x, N, 7, -1.0, 9.0, c, GILKIT_RELEASE_NEVER, NULL), GILKIT_OK);
    for (int i = 0; i < 7; i++) CHECK_EQ(c[i], want7[i]);
    c[0] = 99;
    CHECK_EQ(run(NULL, 0, 1, 0.0, 1.0, c, GILKIT_RELEASE_AUTO, NULL), GILKIT_OK); /* empty input: zero counts */
    CHECK_EQ(c[0], 0);
}

static void errors(void) {
    char error[GILKIT_EXT_ERROR_CAP];
    int64_t c[4];
    double y[5] = {0.5, 1.5, 0.0 / 0.0, 2.5, 3.5};
    CHECK_EQ(run(y, 5, 4, 0.0, 4.0, c, GILKIT_RELEASE_AUTO, error), GILKIT_EXT_EVALUE);
    CHECK(strcmp(error, "histogram: x[2] is NaN") == 0);
    CHECK_EQ(run(y, 2, 4, 1.0, 1.0, c, GILKIT_RELEASE_AUTO, error), GILKIT_EXT_EVALUE);
    CHECK(strstr(error, "max must be larger than min") != NULL);
    CHECK_EQ(run(y, 2, 0, 0.0, 1.0, c, GILKIT_RELEASE_AUTO, NULL), GILKIT_EINVAL);         /* bins below 1 */
    CHECK_EQ(run(y, 2, 4, 0.0, 1.0 / 0.0, c, GILKIT_RELEASE_AUTO, NULL), GILKIT_EINVAL);   /* infinite hi */
    CHECK_EQ(run(y, 5, 2, 0.0, 1.0, (int64_t *)(void *)(y + 1), GILKIT_RELEASE_AUTO, NULL), GILKIT_EINVAL); /* counts overlaps x */
    const int64_t short_counts[] = {GILKIT_EXT_SLOT_BUF(y, 5), GILKIT_EXT_SLOT_INT(4), GILKIT_EXT_SLOT_FLOAT(0.0),
                                    GILKIT_EXT_SLOT_FLOAT(1.0), GILKIT_EXT_SLOT_BUF(c, 3)};
    CHECK_EQ(ext_call("histogram", short_counts, 10, GILKIT_RELEASE_AUTO), GILKIT_EINVAL); /* counts != bins */
}

/* 16 MiB of values: four cancellation polls per call. */
#define BIG_ELEMS (2L << 20)
static double *big_x;

static int run_big(void *ctx, int policy) {
    int64_t c[16];
    (void)ctx;
    return run(big_x, BIG_ELEMS, 16, 0.0, 1.0, c, policy, NULL);
}

int main(void) {
    start_watchdog(120);
    known_answers();
    errors();
    big_x = calloc(BIG_ELEMS, sizeof(double));
    ext_release_test(run_big, NULL, GILKIT_RELEASE_ALWAYS);
    ext_release_test(run_big, NULL, GILKIT_RELEASE_AUTO);
    ext_release_test(run_big, NULL, GILKIT_RELEASE_NEVER);
    free(big_x);
    return test_report("test_ext_histogram");
}
