/*
 * bench_baseline.c - the plain C reference loop of gilkit/bench.h. CMakeLists.txt compiles this
 * one file with -march=native, so the loop is what GCC makes of straightforward code on this
 * machine; nothing else in the library may depend on it.
 */
#include "gilkit/bench.h"

double gilkit_bench_sum_baseline(const double *a, int64_t n) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        s0 += a[i];
        s1 += a[i + 1];
        s2 += a[i + 2];
        s3 += a[i + 3];
        s4 += a[i + 4];
        s5 += a[i + 5];
        s6 += a[i + 6];
        s7 += a[i + 7];
    }
    for (; i < n; i++) s0 += a[i];
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
}
