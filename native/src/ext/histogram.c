/*
 * histogram.c - a worked example of a user kernel (gilkit/ext.h; docs/extending.md): counts of
 * float64 values in equal-width bins, as numpy.histogram(x, bins, range=(lo, hi))[0]. Started
 * with `gilkit new-kernel histogram` and then edited; called from Python as
 *     gilkit.ext.histogram(x, bins, lo, hi)       # -> int64 counts[bins]
 * Values outside [lo, hi] are ignored; hi itself goes into the last bin; a NaN is an error
 * (ValueError naming its index), which shows how a kernel reports bad data it finds while running.
 *
 * Bin edges are NumPy's: edge[i] = i * ((hi - lo) / bins) + lo, edge[bins] = hi, and a value's
 * bin is first estimated as (v - lo) * (bins / (hi - lo)), then moved by one if rounding put it
 * on the wrong side of an edge (numpy/lib/_histograms_impl.py, the equal-bins fast path), so
 * the counts equal NumPy's even for values on an edge.
 */
#include <math.h>

#include "gilkit/ext.h"

enum { X, BINS, LO, HI, COUNTS };

static const gilkit_ext_param params[] = {
    [X] = GILKIT_EXT_IN("x", GILKIT_DTYPE_F64, NULL, "the values"),
    [BINS] = GILKIT_EXT_INT("bins", 1, 1 << 24, "number of equal-width bins"),
    [LO] = GILKIT_EXT_FLOAT("lo", "lower edge of the first bin"),
    [HI] = GILKIT_EXT_FLOAT("hi", "upper edge of the last bin (included), > lo"),
    [COUNTS] = GILKIT_EXT_OUT("counts", GILKIT_DTYPE_I64, "bins", "values per bin"),
};

/* Elements between two polls of the cancel flag: 4 MiB of input. */
#define POLL_ELEMS (4 * 1024 * 1024 / 8)

static double edge(int64_t i, int64_t bins, double lo, double hi, double step) {
    return i == bins ? hi : (double)i * step + lo;
}

/* The bin of v in [lo, hi], as NumPy computes it. */
static int64_t bin_of(double v, int64_t bins, double lo, double hi, double norm, double step) {
    int64_t b = (int64_t)((v - lo) * norm);
    if (b == bins) b--;
    if (v < edge(b, bins, lo, hi, step)) b--;
    else if (b != bins - 1 && v >= edge(b + 1, bins, lo, hi, step)) b++;
    return b;
}

static int histogram_kernel(const gilkit_ext_call *call) {
    const double *x = call->arg[X].f64;
    const int64_t n = call->arg[X].len, bins = call->arg[BINS].i;
    const double lo = call->arg[LO].f, hi = call->arg[HI].f;
    int64_t *counts = call->arg[COUNTS].i64;
    int64_t nan_at = -1;
    int st = GILKIT_OK;

    if (!(lo < hi)) return gilkit_ext_fail(call, "max must be larger than min in range parameter (lo=%g, hi=%g)", lo, hi);
    memset(counts, 0, (size_t)bins * sizeof *counts);
    if (n == 0) return GILKIT_OK;

    const double norm = (double)bins / (hi - lo), step = (hi - lo) / (double)bins;
    GILKIT_BEGIN_ALLOW_THREADS_IF(call->release)
    for (int64_t off = 0; off < n && st == GILKIT_OK && nan_at < 0; off += POLL_ELEMS) {
        int64_t end = n - off < POLL_ELEMS ? n : off + POLL_ELEMS;
        for (int64_t i = off; i < end; i++) {
            double v = x[i];
            if (v >= lo && v <= hi) counts[bin_of(v, bins, lo, hi, norm, step)]++;
            else if (isnan(v)) {
                nan_at = i;
                break;
            }
        }
        if (end < n && gilkit_cancel_requested()) st = GILKIT_ECANCELLED;
    }
    GILKIT_END_ALLOW_THREADS
    /* The error is reported after END: the loop only noted where it stopped. */
    if (nan_at >= 0) st = gilkit_ext_fail(call, "x[%lld] is NaN", (long long)nan_at);
    return st;
}

/* Work: the default, bytes of all buffers; AUTO releases from 64 KiB (8192 values) up. */
GILKIT_EXT_KERNEL(histogram) = {
    .fn = histogram_kernel,
    .params = params,
    .n_params = GILKIT_EXT_COUNT(params),
    .threshold = 64 * 1024,
    .work = NULL,
    .doc = "counts of x in bins equal-width bins over [lo, hi], as numpy.histogram(x, bins, (lo, hi))[0]",
};
