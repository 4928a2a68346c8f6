/*
 * test_ext_mandelbrot.c - the C test of the user kernel mandelbrot (native/src/ext/mandelbrot.c).
 * Started by `gilkit new-kernel mandelbrot`, then edited; ctest runs it.
 *  - known answers, computed by CPython with this reference (python3 3.11):
 *        def mandel(width, height, row0, rows, max_iter, x_min, x_max, y_min, y_max):
 *            dx = (x_max - x_min) / width; dy = (y_max - y_min) / height; out = []
 *            for r in range(row0, row0 + rows):
 *                ci = y_min + r * dy
 *                for c in range(width):
 *                    cr = x_min + c * dx; zr = zi = 0.0; n = 0
 *                    while n < max_iter:
 *                        zr2 = zr * zr; zi2 = zi * zi
 *                        if zr2 + zi2 > 4.0: break
 *                        zi = 2.0 * zr * zi + ci; zr = zr2 - zi2 + cr; n += 1
 *                    out.append(n)
 *            return out
 *    the whole 32x12 image at 50 iterations, and sums over a 200x100 image at 200 iterations;
 *  - bands of rows computed separately equal the same rows of the whole image;
 *  - the dispatcher and the kernel refuse bad arguments (the kernel never runs on them);
 *  - the release proof (ext_test_util.h): ALWAYS and AUTO let another thread take the lock while
 *    the kernel runs, NEVER does not.
 */
#include "ext_test_util.h"

typedef struct {
    int64_t width, height, row0, rows, max_iter;
    double x_min, x_max, y_min, y_max;
} view;

static int run(const view *v, int64_t *counts, int64_t n_counts, int policy) {
    const int64_t slots[] = {
        GILKIT_EXT_SLOT_INT(v->width), GILKIT_EXT_SLOT_INT(v->height), GILKIT_EXT_SLOT_INT(v->row0),
        GILKIT_EXT_SLOT_INT(v->rows), GILKIT_EXT_SLOT_INT(v->max_iter), GILKIT_EXT_SLOT_FLOAT(v->x_min),
        GILKIT_EXT_SLOT_FLOAT(v->x_max), GILKIT_EXT_SLOT_FLOAT(v->y_min), GILKIT_EXT_SLOT_FLOAT(v->y_max),
        GILKIT_EXT_SLOT_BUF(counts, n_counts),
    };
    return ext_call("mandelbrot", slots, GILKIT_EXT_COUNT(slots), policy);
}

/* mandel(32, 12, 0, 12, 50, -2.0, 1.0, -1.0, 1.0) in CPython. */
static const int64_t small_expected[32 * 12] = {
    1,  1,  1,  2,  2,  2,  3,  3,  3,  3,  3,  3,  3,  3,  3,  4,
    4,  4,  5,  7, 13, 12,  4,  4,  4,  3,  3,  2,  2,  2,  2,  2,
    1,  1,  2,  2,  3,  3,  3,  3,  3,  3,  3,  3,  4,  4,  4,  4,
    5,  6,  8, 19, 50, 14,  7,  5,  5,  4,  3,  3,  3,  2,  2,  2,
    1,  1,  2,  3,  3,  3,  3,  3,  3,  3,  4,  4,  4,  5,  6, 19,
    11, 11, 14, 19, 50, 18, 15, 16,  7, 10,  5,  3,  3,  3,  2,  2,
    1,  2,  3,  3,  3,  3,  3,  3,  4,  5,  5,  5,  5,  6,  9, 13,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 17,  6,  4,  3,  3,  3,  2,
    1,  3,  3,  4,  4,  4,  5,  6, 18, 17, 10,  9,  8,  9, 50, 50,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 37,  5,  4,  3,  3,  3,
    1,  4,  4,  4,  5,  5,  6,  8, 34, 50, 50, 50, 50, 18, 50, 50,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 50,  7,  5,  4,  3,  3,  3,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50,
    50, 50, 50, 50, 50, 50, 50, 50, 50,  9,  6,  5,  4,  3,  3,  3,
    1,  4,  4,  4,  5,  5,  6,  8, 34, 50, 50, 50, 50, 18, 50, 50,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 50,  7,  5,  4,  3,  3,  3,
    1,  3,  3,  4,  4,  4,  5,  6, 18, 17, 10,  9,  8,  9, 50, 50,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 37,  5,  4,  3,  3,  3,
    1,  2,  3,  3,  3,  3,  3,  3,  4,  5,  5,  5,  5,  6,  9, 13,
    50, 50, 50, 50, 50, 50, 50, 50, 50, 17,  6,  4,  3,  3,  3,  2,
    1,  1,  2,  3,  3,  3,  3,  3,  3,  3,  4,  4,  4,  5,  6, 19,
    11, 11, 14, 19, 50, 18, 15, 16,  7, 10,  5,  3,  3,  3,  2,  2,
    1,  1,  2,  2,  3,  3,  3,  3,  3,  3,  3,  3,  4,  4,  4,  4,
    5,  6,  8, 19, 50, 14,  7,  5,  5,  4,  3,  3,  3,  2,  2,  2,
};

static int64_t sum(const int64_t *a, int64_t n) {
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) s += a[i];
    return s;
}

static void known_answers(void) {
    static int64_t counts[200 * 100];
    view small = {32, 12, 0, 12, 50, -2.0, 1.0, -1.0, 1.0};
    CHECK_EQ(run(&small, counts, 32 * 12, GILKIT_RELEASE_AUTO), GILKIT_OK);
    for (int i = 0; i < 32 * 12; i++) CHECK_EQ(counts[i], small_expected[i]);

    view big = {200, 100, 0, 100, 200, -2.2, 0.8, -1.2, 1.2};
    CHECK_EQ(run(&big, counts, 200 * 100, GILKIT_RELEASE_ALWAYS), GILKIT_OK);
    CHECK_EQ(sum(counts, 200 * 100), 948790); /* sum(mandel(200, 100, 0, 100, 200, ...)) */
    CHECK_EQ(counts[50 * 200 + 100], 200);    /* the centre pixel is in the set */
    view band = {200, 100, 37, 20, 200, -2.2, 0.8, -1.2, 1.2};
    CHECK_EQ(run(&band, counts, 200 * 20, GILKIT_RELEASE_NEVER), GILKIT_OK);
    CHECK_EQ(sum(counts, 200 * 20), 421781);  /* sum(mandel(200, 100, 37, 20, 200, ...)) */

    view none = {200, 100, 100, 0, 200, -2.2, 0.8, -1.2, 1.2}; /* zero rows: an empty result */
    CHECK_EQ(run(&none, NULL, 0, GILKIT_RELEASE_ALWAYS), GILKIT_OK);
}

/* Bands computed one by one equal the whole image: what threads computing bands rely on. */
static void bands_match_whole(void) {
    static int64_t whole[64 * 48], part[64 * 48];
    view v = {64, 48, 0, 48, 100, -1.5, 0.5, -1.0, 1.0};
    CHECK_EQ(run(&v, whole, 64 * 48, GILKIT_RELEASE_AUTO), GILKIT_OK);
    for (int64_t r0 = 0; r0 < 48; r0 += 7) {
        view b = v;
        b.row0 = r0;
        b.rows = r0 + 7 <= 48 ? 7 : 48 - r0;
        CHECK_EQ(run(&b, part, 64 * b.rows, GILKIT_RELEASE_AUTO), GILKIT_OK);
        CHECK_EQ(memcmp(part, whole + r0 * 64, (size_t)(64 * b.rows) * sizeof(int64_t)), 0);
    }
}

static void bad_arguments(void) {
    static int64_t counts[16 * 16];
    view ok = {16, 16, 0, 16, 10, -2.0, 1.0, -1.0, 1.0};
    view v = ok;
    v.width = 0; /* below the schema's minimum */
    CHECK_EQ(run(&v, counts, 0, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);
    v = ok;
    v.max_iter = (1 << 20) + 1; /* above the schema's maximum */
    CHECK_EQ(run(&v, counts, 16 * 16, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);
    CHECK_EQ(run(&ok, counts, 16 * 15, GILKIT_RELEASE_AUTO), GILKIT_EINVAL); /* counts != width*rows */
    CHECK_EQ(run(&ok, NULL, 16 * 16, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);   /* NULL output */
    v = ok;
    v.x_max = 0.0 / 0.0; /* NaN */
    CHECK_EQ(run(&v, counts, 16 * 16, GILKIT_RELEASE_AUTO), GILKIT_EINVAL);
    v = ok;
    v.row0 = 10; /* rows 10..25 of a 16-row image: the kernel's own check */
    CHECK_EQ(run(&v, counts, 16 * 16, GILKIT_RELEASE_AUTO), GILKIT_EXT_EVALUE);
    char error[GILKIT_EXT_ERROR_CAP];
    const int64_t slots[] = {GILKIT_EXT_SLOT_INT(16), GILKIT_EXT_SLOT_INT(16), GILKIT_EXT_SLOT_INT(10), GILKIT_EXT_SLOT_INT(16),
                             GILKIT_EXT_SLOT_INT(10), GILKIT_EXT_SLOT_FLOAT(-2.0), GILKIT_EXT_SLOT_FLOAT(1.0),
                             GILKIT_EXT_SLOT_FLOAT(-1.0), GILKIT_EXT_SLOT_FLOAT(1.0), GILKIT_EXT_SLOT_BUF(counts, 256)};
    CHECK_EQ(gilkit_ext_invoke(gilkit_ext_find("mandelbrot"), slots, 20, GILKIT_RELEASE_AUTO, error, sizeof error), GILKIT_EXT_EVALUE);
    CHECK(strcmp(error, "mandelbrot: row0 + rows = 26 exceeds height = 16") == 0);
    CHECK_EQ(gilkit_ext_invoke(gilkit_ext_find("mandelbrot"), slots, 18, GILKIT_RELEASE_AUTO, error, sizeof error), GILKIT_EINVAL);
}

/* Inside the main cardioid every pixel takes max_iter steps: 16M steps per call, 63 polls. */
static int64_t *big_counts;
static const view big_view = {256, 64, 0, 64, 1000, -0.5, 0.0, -0.25, 0.25};

static int run_big(void *ctx, int policy) {
    (void)ctx;
    return run(&big_view, big_counts, 256 * 64, policy);
}

int main(void) {
    start_watchdog(120);
    known_answers();
    bands_match_whole();
    bad_arguments();
    big_counts = calloc(256 * 64, sizeof(int64_t));
    ext_release_test(run_big, NULL, GILKIT_RELEASE_ALWAYS);
    ext_release_test(run_big, NULL, GILKIT_RELEASE_AUTO); /* 16M iterations: above the threshold */
    ext_release_test(run_big, NULL, GILKIT_RELEASE_NEVER);
    free(big_counts);
    return test_report("test_ext_mandelbrot");
}
