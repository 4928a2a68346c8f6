/*
 * histogram.c - a user kernel (gilkit/ext.h), written by `gilkit new-kernel histogram`; edit freely.
 *
 * As generated it computes y = factor * x over float64 arrays, so that the project builds and
 * its tests pass right away. Replace the schema, the loop and the test's known answers with your
 * own; keep the shape: validate nothing (the dispatcher did), return early before BEGIN, run the
 * loop between BEGIN and END, poll the cancel flag inside it. Called from Python as
 * gilkit.ext.histogram(x, factor, policy="auto") and from Java as ExtKernels.get("histogram").
 */
#include "gilkit/ext.h"

/*
 * The schema: what callers pass, in this order. Each buffer's size rule is checked before the
 * kernel runs (here: y has as many elements as x); an OUT buffer the caller leaves out is
 * allocated with its rule. The enum names the indexes into call->arg[].
 */
enum { X, Y, FACTOR };

static const gilkit_ext_param params[] = {
    [X] = GILKIT_EXT_IN("x", GILKIT_DTYPE_F64, NULL, "the input values"),
    [Y] = GILKIT_EXT_OUT("y", GILKIT_DTYPE_F64, "x", "factor * x"),
    [FACTOR] = GILKIT_EXT_FLOAT("factor", "the multiplier"),
};

/*
 * Elements between two polls of the cancel flag: about 4 MiB of input, a millisecond or so of
 * work. Polling is what lets a KeyboardInterrupt or a timeout stop a long call promptly.
 */
#define POLL_ELEMS (4 * 1024 * 1024 / 8)

static int histogram_kernel(const gilkit_ext_call *call) {
    const double *x = call->arg[X].f64;
    double *y = call->arg[Y].f64;
    const double factor = call->arg[FACTOR].f;
    const int64_t n = call->arg[X].len;
    int st = GILKIT_OK;

    /* Early returns are allowed only here, before BEGIN (never between BEGIN and END). */
    if (n == 0) return GILKIT_OK;

    /*
     * Between BEGIN and END the lock is released (when call->release says so): other Python
     * threads run meanwhile. Touch only the call's buffers and locals here: no interpreter
     * object, no Java, no global state. No return/break/goto out of the block: set `st` and
     * fall through to END. Never nest another BEGIN inside. To call back into the interpreter,
     * bracket the callback with GILKIT_BLOCK_THREADS ... GILKIT_UNBLOCK_THREADS.
     */
    GILKIT_BEGIN_ALLOW_THREADS_IF(call->release)
    for (int64_t off = 0; off < n && st == GILKIT_OK; off += POLL_ELEMS) {
        int64_t end = n - off < POLL_ELEMS ? n : off + POLL_ELEMS;
        for (int64_t i = off; i < end; i++) y[i] = factor * x[i];
        if (end < n && gilkit_cancel_requested()) st = GILKIT_ECANCELLED;
    }
    GILKIT_END_ALLOW_THREADS
    return st;
}

/*
 * The registration: CMake finds this file by its name and lists it in the registry, so the name
 * in GILKIT_EXT_KERNEL() must be the file name. `threshold` is in units of `work` (here the
 * default, the bytes of all buffers): AUTO releases the lock at or above it, because below it
 * releasing and re-taking costs more than the parallelism gains. `gilkit calibrate` and
 * ExtKernel.setThreshold() change it at run time.
 */
GILKIT_EXT_KERNEL(histogram) = {
    .fn = histogram_kernel,
    .params = params,
    .n_params = GILKIT_EXT_COUNT(params),
    .threshold = 64 * 1024,
    .work = NULL,
    .doc = "y = factor * x over float64 arrays (the new-kernel skeleton)",
};
