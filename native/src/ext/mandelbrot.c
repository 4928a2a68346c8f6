/*
 * mandelbrot.c - the worked example of a user kernel (gilkit/ext.h; docs/extending.md): rows of
 * a Mandelbrot image, as escape-iteration counts. Started with `gilkit new-kernel mandelbrot`
 * and then edited; called from Python as
 *     gilkit.ext.mandelbrot(width, height, row0, rows, max_iter, x_min, x_max, y_min, y_max)
 * which returns the int64 counts of rows [row0, row0 + rows) of a width x height image of the
 * rectangle [x_min, x_max) x [y_min, y_max), row-major. Threads that compute different bands of
 * rows run in parallel, because the kernel releases the lock around its loop.
 *
 * Pixel (col, row) is c = (x_min + col * dx) + (y_min + row * dy) i with dx = (x_max - x_min) /
 * width, dy = (y_max - y_min) / height; its count is the number of steps z <- z^2 + c, from
 * z = 0, taken before |z|^2 > 4, at most max_iter. The loop is written exactly as the Python
 * reference in test_ext_mandelbrot.c (no fused multiply-add: the library targets baseline
 * x86-64), so the counts match Python's bit for bit.
 */
#include "gilkit/ext.h"

enum { WIDTH, HEIGHT, ROW0, ROWS, MAX_ITER, X_MIN, X_MAX, Y_MIN, Y_MAX, COUNTS };

/* At most 16384 x 16384 pixels: a 2 GiB result, already more than a demonstration needs. */
#define MAX_SIDE (1 << 14)

static const gilkit_ext_param params[] = {
    [WIDTH] = GILKIT_EXT_INT("width", 1, MAX_SIDE, "image width in pixels"),
    [HEIGHT] = GILKIT_EXT_INT("height", 1, MAX_SIDE, "image height in pixels"),
    [ROW0] = GILKIT_EXT_INT("row0", 0, MAX_SIDE - 1, "first row to compute"),
    [ROWS] = GILKIT_EXT_INT("rows", 0, MAX_SIDE, "rows to compute (row0 + rows <= height)"),
    [MAX_ITER] = GILKIT_EXT_INT("max_iter", 1, 1 << 20, "iteration limit: the count of points in the set"),
    [X_MIN] = GILKIT_EXT_FLOAT("x_min", "real part at column 0"),
    [X_MAX] = GILKIT_EXT_FLOAT("x_max", "real part at column width (excluded)"),
    [Y_MIN] = GILKIT_EXT_FLOAT("y_min", "imaginary part at row 0"),
    [Y_MAX] = GILKIT_EXT_FLOAT("y_max", "imaginary part at row height (excluded)"),
    [COUNTS] = GILKIT_EXT_OUT("counts", GILKIT_DTYPE_I64, "width*rows", "escape counts, row-major"),
};

/* Escape count of one point (kept next to its Python twin in the test: change both or neither). */
static int64_t escape_count(double cr, double ci, int64_t max_iter) {
    double zr = 0.0, zi = 0.0;
    int64_t n = 0;
    while (n < max_iter) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
    }
    return n;
}

static int mandelbrot_kernel(const gilkit_ext_call *call) {
    const int64_t width = call->arg[WIDTH].i, height = call->arg[HEIGHT].i;
    const int64_t row0 = call->arg[ROW0].i, rows = call->arg[ROWS].i, max_iter = call->arg[MAX_ITER].i;
    const double x_min = call->arg[X_MIN].f, y_min = call->arg[Y_MIN].f;
    const double dx = (call->arg[X_MAX].f - x_min) / (double)width;
    const double dy = (call->arg[Y_MAX].f - y_min) / (double)height;
    int64_t *counts = call->arg[COUNTS].i64;
    int st = GILKIT_OK;

    /* A check across parameters the schema cannot state: before BEGIN, with the lock held. */
    if (row0 + rows > height)
        return gilkit_ext_fail(call, "row0 + rows = %lld exceeds height = %lld", (long long)(row0 + rows), (long long)height);
    if (rows == 0) return GILKIT_OK;

    /*
     * Only locals and the counts buffer between BEGIN and END. One cancellation poll per row:
     * a row is at most width * max_iter steps, milliseconds for any sensible image.
     */
    GILKIT_BEGIN_ALLOW_THREADS_IF(call->release)
    for (int64_t r = 0; r < rows && st == GILKIT_OK; r++) {
        const double ci = y_min + (double)(row0 + r) * dy;
        int64_t *out = counts + r * width;
        for (int64_t c = 0; c < width; c++) out[c] = escape_count(x_min + (double)c * dx, ci, max_iter);
        if (r + 1 < rows && gilkit_cancel_requested()) st = GILKIT_ECANCELLED;
    }
    GILKIT_END_ALLOW_THREADS
    return st;
}

/*
 * The work is the most iterations the call can take: AUTO releases the lock from about 50000
 * iterations up (~0.1-0.2 ms here), where the parallelism gained exceeds a contended hand-off.
 */
GILKIT_EXT_KERNEL(mandelbrot) = {
    .fn = mandelbrot_kernel,
    .params = params,
    .n_params = GILKIT_EXT_COUNT(params),
    .threshold = 50000,
    .work = "width*rows*max_iter",
    .doc = "escape-iteration counts of rows [row0, row0+rows) of a Mandelbrot image",
};
