/*
 * gilkit/bench.h - reference loops for benchmarks only: what "a plain C loop" achieves, so that
 * JMH can put the kernels side by side with it in one run. Not kernels: no lock release, no
 * policy, no cancellation.
 */
#ifndef GILKIT_BENCH_H
#define GILKIT_BENCH_H

#include <stdint.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Sum of a[0..n) with a plain loop over 8 independent accumulators, compiled with
 * -O3 -march=native (bench_baseline.c alone gets that flag): the "plain C loop" baseline
 * for gilkit_sum_f64. Calls it only on the machine that built it.
 * @pre n >= 0; n == 0 => a may be NULL
 */
GILKIT_API double gilkit_bench_sum_baseline(const double *a, int64_t n);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_BENCH_H */
