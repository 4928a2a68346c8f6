/*
 * test_array_math.c - every array kernel against a straightforward reference loop on random data:
 * lengths 0, 1, odd sizes, sizes across the block and chunk boundaries, unaligned offsets, through
 * both the AVX2 and the forced-portable implementation, plus matmul against a naive triple loop
 * and cancellation. Exits non-zero on the first failed check.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gilkit/array_math.h"
#include "gilkit/bench.h"
#include "gilkit/kernel.h"

static int failures;

#define CHECK(cond, ...) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "%s:%d: FAILED %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__); \
            fputc('\n', stderr); \
            failures++; \
        } \
    } while (0)

/* A frozen PRNG (splitmix64): the test data must not change between runs or machines. */
static uint64_t rng_state;
static uint64_t next64(void) {
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static double next_double(void) { /* in [-1, 1) */
    return (double)(next64() >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

static int close_to(double got, double want, double scale) {
    return fabs(got - want) <= 1e-12 * (scale > 1 ? scale : 1) || (isnan(got) && isnan(want));
}

static const int64_t lengths[] = {0, 1, 2, 3, 7, 15, 16, 17, 31, 33, 100, 1023, 1024, 1025, 4097, 65537, 300001};
#define NLEN (int)(sizeof lengths / sizeof lengths[0])

/* The *_small entry points must return exactly what the full ones write. */
static void test_small_reductions(const double *a, const double *b, const int64_t *ia, int64_t n, const char *impl) {
    double d = 0;
    int64_t i = 0;
    gilkit_sum_f64(a, n, &d, GILKIT_RELEASE_NEVER);
    CHECK(memcmp(&d, &(double){gilkit_sum_f64_small(a, n)}, 8) == 0, "%s n=%lld sum_small", impl, (long long)n);
    gilkit_dot_f64(a, b, n, &d, GILKIT_RELEASE_NEVER);
    CHECK(memcmp(&d, &(double){gilkit_dot_f64_small(a, b, n)}, 8) == 0, "%s n=%lld dot_small", impl, (long long)n);
    gilkit_sum_i64(ia, n, &i, GILKIT_RELEASE_NEVER);
    CHECK(i == gilkit_sum_i64_small(ia, n), "%s n=%lld sum_i64_small", impl, (long long)n);
    if (n == 0) return;
    gilkit_min_f64(a, n, &d, 0);
    CHECK(d == gilkit_min_f64_small(a, n), "%s n=%lld min_small", impl, (long long)n);
    gilkit_max_f64(a, n, &d, 0);
    CHECK(d == gilkit_max_f64_small(a, n), "%s n=%lld max_small", impl, (long long)n);
    gilkit_argmax_f64(a, n, &i, 0);
    CHECK(i == gilkit_argmax_f64_small(a, n), "%s n=%lld argmax_small", impl, (long long)n);
    gilkit_min_i64(ia, n, &i, 0);
    CHECK(i == gilkit_min_i64_small(ia, n), "%s n=%lld min_i64_small", impl, (long long)n);
    gilkit_max_i64(ia, n, &i, 0);
    CHECK(i == gilkit_max_i64_small(ia, n), "%s n=%lld max_i64_small", impl, (long long)n);
    gilkit_argmax_i64(ia, n, &i, 0);
    CHECK(i == gilkit_argmax_i64_small(ia, n), "%s n=%lld argmax_i64_small", impl, (long long)n);
}

static void test_reductions(const double *a, const double *b, const int64_t *ia, int64_t n, const char *impl) {
    double ref = 0, refabs = 0, refdot = 0, got = -1;
    int64_t iref = 0, igot = -1;
    for (int64_t i = 0; i < n; i++) {
        ref += a[i];
        refabs += fabs(a[i]);
        refdot += a[i] * b[i];
        iref = (int64_t)((uint64_t)iref + (uint64_t)ia[i]); /* the kernel wraps; signed overflow is UB */
    }
    CHECK(gilkit_sum_f64(a, n, &got, GILKIT_RELEASE_AUTO) == 0 && close_to(got, ref, refabs), "%s n=%lld sum %.17g vs %.17g", impl, (long long)n, got, ref);
    CHECK(gilkit_dot_f64(a, b, n, &got, GILKIT_RELEASE_ALWAYS) == 0 && close_to(got, refdot, n), "%s n=%lld dot", impl, (long long)n);
    CHECK(gilkit_sum_i64(ia, n, &igot, GILKIT_RELEASE_NEVER) == 0 && igot == iref, "%s n=%lld sum_i64", impl, (long long)n);
    test_small_reductions(a, b, ia, n, impl);
    if (n == 0) {
        CHECK(gilkit_min_f64(a, n, &got, 0) == GILKIT_EINVAL, "min of empty");
        CHECK(gilkit_argmax_i64(ia, n, &igot, 0) == GILKIT_EINVAL, "argmax of empty");
        return;
    }
    double mn = a[0], mx = a[0];
    int64_t amx = 0, imn = ia[0], imx = ia[0], iamx = 0;
    for (int64_t i = 1; i < n; i++) {
        if (a[i] < mn) mn = a[i];
        if (a[i] > mx) mx = a[i], amx = i;
        if (ia[i] < imn) imn = ia[i];
        if (ia[i] > imx) imx = ia[i], iamx = i;
    }
    CHECK(gilkit_min_f64(a, n, &got, 0) == 0 && got == mn, "%s n=%lld min", impl, (long long)n);
    CHECK(gilkit_max_f64(a, n, &got, 0) == 0 && got == mx, "%s n=%lld max", impl, (long long)n);
    CHECK(gilkit_argmax_f64(a, n, &igot, 0) == 0 && igot == amx, "%s n=%lld argmax %lld vs %lld", impl, (long long)n, (long long)igot, (long long)amx);
    CHECK(gilkit_min_i64(ia, n, &igot, 0) == 0 && igot == imn, "%s n=%lld min_i64", impl, (long long)n);
    CHECK(gilkit_max_i64(ia, n, &igot, 0) == 0 && igot == imx, "%s n=%lld max_i64", impl, (long long)n);
    CHECK(gilkit_argmax_i64(ia, n, &igot, 0) == 0 && igot == iamx, "%s n=%lld argmax_i64", impl, (long long)n);
}

typedef int (*binop)(const double *, const double *, double *, int64_t, int);
typedef int (*sbinop)(const double *, double, double *, int64_t, int);

static void test_elementwise(const double *a, const double *b, int64_t n, const char *impl) {
    double *o = malloc((size_t)(n + 1) * sizeof(double)), s = 0.375;
    binop ops[] = {gilkit_add_f64, gilkit_sub_f64, gilkit_mul_f64, gilkit_div_f64};
    sbinop sops[] = {gilkit_add_scalar_f64, gilkit_sub_scalar_f64, gilkit_rsub_scalar_f64,
                     gilkit_mul_scalar_f64, gilkit_div_scalar_f64, gilkit_rdiv_scalar_f64};
    for (int k = 0; k < 4; k++) {
        CHECK(ops[k](a, b, o, n, GILKIT_RELEASE_AUTO) == 0, "binop %d", k);
        for (int64_t i = 0; i < n; i++) {
            double want = k == 0 ? a[i] + b[i] : k == 1 ? a[i] - b[i] : k == 2 ? a[i] * b[i] : a[i] / b[i];
            if (o[i] != want) { CHECK(0, "%s n=%lld binop %d at %lld", impl, (long long)n, k, (long long)i); break; }
        }
    }
    for (int k = 0; k < 6; k++) {
        CHECK(sops[k](a, s, o, n, GILKIT_RELEASE_AUTO) == 0, "sbinop %d", k);
        for (int64_t i = 0; i < n; i++) {
            double x = a[i];
            double want = k == 0 ? x + s : k == 1 ? x - s : k == 2 ? s - x : k == 3 ? x * s : k == 4 ? x / s : s / x;
            if (o[i] != want) { CHECK(0, "%s n=%lld sbinop %d at %lld", impl, (long long)n, k, (long long)i); break; }
        }
    }
    CHECK(gilkit_sqrt_f64(a, o, n, 0) == 0, "sqrt");
    for (int64_t i = 0; i < n; i++)
        if (!close_to(o[i], sqrt(a[i]), 1)) { CHECK(0, "%s sqrt at %lld", impl, (long long)i); break; }
    CHECK(gilkit_exp_f64(a, o, n, 0) == 0, "exp");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != exp(a[i])) { CHECK(0, "%s exp at %lld", impl, (long long)i); break; }
    memcpy(o, b, (size_t)n * sizeof(double));
    CHECK(gilkit_axpy_f64(2.5, a, o, n, 0) == 0, "axpy");
    for (int64_t i = 0; i < n; i++)
        if (!close_to(o[i], b[i] + 2.5 * a[i], 4)) { CHECK(0, "%s axpy at %lld", impl, (long long)i); break; }
    memcpy(o, a, (size_t)n * sizeof(double));
    CHECK(gilkit_scale_f64(-3.0, o, n, 0) == 0, "scale");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != -3.0 * a[i]) { CHECK(0, "%s scale at %lld", impl, (long long)i); break; }
    o[n] = 42.0;
    CHECK(gilkit_fill_f64(o, n, 7.25, 0) == 0, "fill");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != 7.25) { CHECK(0, "%s fill at %lld", impl, (long long)i); break; }
    CHECK(o[n] == 42.0, "fill wrote past the end");
    /* In place: out == a is allowed. */
    memcpy(o, a, (size_t)n * sizeof(double));
    CHECK(gilkit_add_f64(o, o, o, n, 0) == 0, "in-place add");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != a[i] + a[i]) { CHECK(0, "%s in-place add at %lld", impl, (long long)i); break; }
    free(o);
}

static void test_int_elementwise(const int64_t *a, const int64_t *b, int64_t n) {
    int64_t *o = malloc((size_t)(n + 1) * sizeof(int64_t));
    CHECK(gilkit_mul_i64(a, b, o, n, 0) == 0, "mul_i64");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != (int64_t)((uint64_t)a[i] * (uint64_t)b[i])) { CHECK(0, "mul_i64 at %lld", (long long)i); break; }
    CHECK(gilkit_rsub_scalar_i64(a, 5, o, n, 0) == 0, "rsub_scalar_i64");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != (int64_t)(5u - (uint64_t)a[i])) { CHECK(0, "rsub_i64 at %lld", (long long)i); break; }
    CHECK(gilkit_fill_i64(o, n, -9, 0) == 0, "fill_i64");
    for (int64_t i = 0; i < n; i++)
        if (o[i] != -9) { CHECK(0, "fill_i64 at %lld", (long long)i); break; }
    free(o);
}

static void test_matmul(int64_t m, int64_t k, int64_t n, const char *impl) {
    double *a = malloc((size_t)(m * k + 1) * 8), *b = malloc((size_t)(k * n + 1) * 8);
    double *c = malloc((size_t)(m * n + 1) * 8);
    for (int64_t i = 0; i < m * k; i++) a[i] = next_double();
    for (int64_t i = 0; i < k * n; i++) b[i] = next_double();
    CHECK(gilkit_matmul_f64(a, b, c, m, k, n, GILKIT_RELEASE_AUTO) == 0, "matmul %lldx%lldx%lld", (long long)m, (long long)k, (long long)n);
    for (int64_t i = 0; i < m; i++)
        for (int64_t j = 0; j < n; j++) {
            double want = 0;
            for (int64_t p = 0; p < k; p++) want += a[i * k + p] * b[p * n + j];
            if (!close_to(c[i * n + j], want, (double)k)) {
                CHECK(0, "%s matmul %lldx%lldx%lld at (%lld,%lld): %g vs %g", impl, (long long)m, (long long)k, (long long)n,
                      (long long)i, (long long)j, c[i * n + j], want);
                i = m;
                break;
            }
        }
    free(a), free(b), free(c);
}

static void test_special_values(void) {
    double v[] = {1.0, NAN, 3.0, NAN, -INFINITY};
    double got;
    int64_t at;
    CHECK(gilkit_max_f64(v, 5, &got, 0) == 0 && isnan(got), "max with NaN is NaN");
    CHECK(gilkit_min_f64(v, 5, &got, 0) == 0 && isnan(got), "min with NaN is NaN");
    CHECK(gilkit_argmax_f64(v, 5, &at, 0) == 0 && at == 1, "argmax is the first NaN, got %lld", (long long)at);
    double w[] = {2.0, 5.0, 1.0, 5.0};
    CHECK(gilkit_argmax_f64(w, 4, &at, 0) == 0 && at == 1, "argmax is the first maximum");
}

static void test_bad_arguments(void) {
    double x = 1, out;
    int64_t io;
    CHECK(gilkit_sum_f64(NULL, 3, &out, 0) == GILKIT_EINVAL, "NULL data");
    CHECK(gilkit_sum_f64(&x, -1, &out, 0) == GILKIT_EINVAL, "negative n");
    CHECK(gilkit_sum_f64(&x, 1, NULL, 0) == GILKIT_EINVAL, "NULL out");
    CHECK(gilkit_sum_f64(&x, 1, &out, 4) == GILKIT_EINVAL, "bad policy");
    CHECK(gilkit_sum_f64(&x, 1, &out, GILKIT_RELEASE_HOLD_QUIET) == 0 && out == 1.0, "quiet policy");
    CHECK(isnan(gilkit_sum_f64_small(NULL, 3)), "small: NULL data gives NaN");
    CHECK(isnan(gilkit_min_f64_small(&x, 0)), "small: min of empty gives NaN");
    CHECK(gilkit_argmax_i64_small(&io, 0) == -1, "small: argmax of empty gives -1");
    CHECK(gilkit_sum_i64_small(NULL, -1) == 0, "small: negative n gives 0");
    CHECK(gilkit_sum_f64(&x, INT64_MAX, &out, 0) == GILKIT_EINVAL, "huge n");
    CHECK(gilkit_sum_f64(NULL, 0, &out, 0) == 0 && out == 0.0, "empty sum with NULL");
    CHECK(gilkit_sum_i64(NULL, 0, &io, 0) == 0 && io == 0, "empty i64 sum with NULL");
    CHECK(gilkit_matmul_f64(&x, &x, &out, -1, 1, 1, 0) == GILKIT_EINVAL, "negative dim");
    CHECK(gilkit_matmul_f64(&x, &x, &out, (int64_t)1 << 40, 1, 1, 0) == GILKIT_EINVAL, "huge dim");
    CHECK(gilkit_kernel_set_threshold(GILKIT_KERNEL_COUNT, 1) == GILKIT_EINVAL, "bad kernel id");
    CHECK(gilkit_kernel_set_threshold(GILKIT_KERNEL_SUM, -1) == GILKIT_EINVAL, "negative threshold");
    CHECK(gilkit_kernel_set_impl(GILKIT_KERNEL_SUM, 7) == GILKIT_EINVAL, "bad impl");
}

static void test_thresholds(void) {
    CHECK(gilkit_kernel_threshold(GILKIT_KERNEL_SUM) == GILKIT_THRESHOLD_SUM, "default threshold");
    CHECK(gilkit_kernel_set_threshold(GILKIT_KERNEL_SUM, 100) == 0 && gilkit_kernel_threshold(GILKIT_KERNEL_SUM) == 100, "set");
    CHECK(gilkit_kernel_should_release(GILKIT_KERNEL_SUM, 99, GILKIT_RELEASE_AUTO) == 0, "below threshold holds");
    CHECK(gilkit_kernel_should_release(GILKIT_KERNEL_SUM, 100, GILKIT_RELEASE_AUTO) == 1, "at threshold releases");
    CHECK(gilkit_kernel_should_release(GILKIT_KERNEL_SUM, 1 << 30, GILKIT_RELEASE_NEVER) == 0, "never holds");
    CHECK(gilkit_kernel_should_release(GILKIT_KERNEL_SUM, 0, GILKIT_RELEASE_ALWAYS) == 1, "always releases");
    gilkit_kernel_set_threshold(GILKIT_KERNEL_SUM, gilkit_kernel_default_threshold(GILKIT_KERNEL_SUM));
    CHECK(strcmp(gilkit_kernel_name(GILKIT_KERNEL_MATMUL), "matmul") == 0, "names");
}

/* Strided copies (NumPy views: every other element, reversed, a column) and int64 -> float64. */
static void test_layout(const char *impl) {
    int64_t src[101], dst[101], want[101];
    for (int i = 0; i < 101; i++) src[i] = (int64_t)next64();
    for (int64_t n = 0; n <= 50; n += 7) {
        memset(dst, 0, sizeof dst), memset(want, 0, sizeof want);
        for (int64_t i = 0; i < n; i++) want[100 - 2 * i] = src[1 + 2 * i];
        CHECK(gilkit_copy_strided64(src + 1, 2, dst + 100, -2, n, GILKIT_RELEASE_AUTO) == 0 &&
              memcmp(dst, want, sizeof dst) == 0, "%s strided copy n=%lld", impl, (long long)n);
        CHECK(gilkit_copy_strided64(src, 1, dst, 1, n, GILKIT_RELEASE_ALWAYS) == 0 && memcmp(dst, src, (size_t)n * 8) == 0,
              "%s contiguous copy n=%lld", impl, (long long)n);
    }
    CHECK(gilkit_copy_strided64(src + 5, 0, dst, 1, 3, GILKIT_RELEASE_NEVER) == 0 && dst[0] == src[5] && dst[2] == src[5], "stride 0 broadcasts");
    CHECK(gilkit_copy_strided64(NULL, 1, dst, 1, 1, 0) == GILKIT_EINVAL, "NULL source");
    int64_t big[5] = {0, -1, INT64_MAX, INT64_MIN, (int64_t)1 << 53 | 1};
    double d[5];
    CHECK(gilkit_i64_to_f64(big, d, 5, GILKIT_RELEASE_AUTO) == 0, "i64_to_f64");
    for (int i = 0; i < 5; i++) CHECK(d[i] == (double)big[i], "%s i64_to_f64[%d]", impl, i);
}

/* Reference for one line of `len` elements, `step` apart: what gilkit_reduce_axis must write. */
static double ref_line_f64(const double *x, int64_t len, int64_t step, int op, int64_t *arg) {
    double best = x[0], s = 0.0;
    int64_t at = 0, nan_at = -1;
    for (int64_t i = 0; i < len; i++) {
        double v = x[i * step];
        s += v;
        if (v != v && nan_at < 0) nan_at = i;
        if (op == GILKIT_REDUCE_MIN ? v < best : v > best) best = v, at = i;
    }
    if (arg) *arg = nan_at >= 0 ? nan_at : at;
    if (op == GILKIT_REDUCE_SUM) return s;
    if (op == GILKIT_REDUCE_MEAN) return s / (double)len;
    return nan_at >= 0 ? NAN : best;
}

static void test_reduce_axis_shape(const double *a, const int64_t *ia, int64_t rows, int64_t cols, const char *impl) {
    int64_t outs_max = rows > cols ? rows : cols;
    double *out = malloc((size_t)(outs_max + 1) * 8);
    int64_t *iout = malloc((size_t)(outs_max + 1) * 8), *i64out = malloc((size_t)(outs_max + 1) * 8);
    double *i64mean = malloc((size_t)(outs_max + 1) * 8);
    for (int axis = 0; axis < 2; axis++)
        for (int op = GILKIT_REDUCE_SUM; op <= GILKIT_REDUCE_ARGMAX; op++) {
            int64_t outs = axis ? rows : cols, len = axis ? cols : rows, step = axis ? 1 : cols;
            if (op >= GILKIT_REDUCE_MIN && len == 0 && outs > 0) {
                CHECK(gilkit_reduce_axis_f64(a, rows, cols, axis, op, out, 0) == GILKIT_EINVAL, "%s empty op %d", impl, op);
                continue;
            }
            int rc = gilkit_reduce_axis_f64(a, rows, cols, axis, op, op == GILKIT_REDUCE_ARGMAX ? (void *)iout : out,
                                            GILKIT_RELEASE_ALWAYS);
            int rci = gilkit_reduce_axis_i64(ia, rows, cols, axis, op, op == GILKIT_REDUCE_MEAN ? (void *)i64mean : i64out,
                                             GILKIT_RELEASE_NEVER);
            CHECK(rc == 0 && rci == 0, "%s %lldx%lld axis %d op %d rc %d %d", impl, (long long)rows, (long long)cols, axis, op, rc, rci);
            for (int64_t o = 0; o < outs && rc == 0; o++) {
                const double *line = a + (axis ? o * cols : o);
                int64_t arg = -1;
                double want = len ? ref_line_f64(line, len, step, op, &arg) : (op == GILKIT_REDUCE_MEAN ? NAN : 0.0);
                if (axis == 1 && op == GILKIT_REDUCE_SUM && len > 0) gilkit_sum_f64(line, len, &want, 0); /* bit-exact */
                if (op == GILKIT_REDUCE_ARGMAX) CHECK(iout[o] == arg, "%s argmax axis %d line %lld: %lld vs %lld", impl, axis, (long long)o, (long long)iout[o], (long long)arg);
                else if (axis == 0 || op != GILKIT_REDUCE_MEAN) CHECK(memcmp(&out[o], &want, 8) == 0 || (isnan(out[o]) && isnan(want)), "%s axis %d op %d line %lld: %.17g vs %.17g", impl, axis, op, (long long)o, out[o], want);
                else CHECK(close_to(out[o], want, (double)len), "%s mean axis 1 line %lld", impl, (long long)o);
            }
            for (int64_t o = 0; o < outs && op == GILKIT_REDUCE_MEAN && len > 0; o++) { /* the int64 sum / len */
                uint64_t s = 0;
                for (int64_t i = 0; i < len; i++) s += (uint64_t)ia[(axis ? o * cols : o) + i * step];
                CHECK(i64mean[o] == (double)(int64_t)s / (double)len, "%s i64 mean axis %d line %lld", impl, axis, (long long)o);
            }
            if (op != GILKIT_REDUCE_MEAN) { /* int64: wrapping sums, exact extremes, first max */
                for (int64_t o = 0; o < outs; o++) {
                    const int64_t *line = ia + (axis ? o * cols : o);
                    uint64_t s = 0;
                    int64_t best = len ? line[0] : 0, at = 0;
                    for (int64_t i = 0; i < len; i++) {
                        int64_t v = line[i * step];
                        s += (uint64_t)v;
                        if (op == GILKIT_REDUCE_MIN ? v < best : v > best) best = v, at = i;
                    }
                    int64_t want = op == GILKIT_REDUCE_SUM ? (int64_t)s : op == GILKIT_REDUCE_ARGMAX ? at : best;
                    CHECK(i64out[o] == want, "%s i64 axis %d op %d line %lld", impl, axis, op, (long long)o);
                }
            }
        }
    free(out), free(iout), free(i64out), free(i64mean);
}

static void test_reduce_axis(const char *impl) {
    int64_t shapes[][2] = {{0, 3}, {3, 0}, {0, 0}, {1, 1}, {1, 7}, {7, 1}, {5, 9}, {33, 1025}, {1030, 3}, {3, 2500}};
    int64_t n = 33 * 1025 + 8;
    double *a = malloc((size_t)n * 8);
    int64_t *ia = malloc((size_t)n * 8);
    for (int64_t i = 0; i < n; i++) {
        a[i] = (double)(int64_t)(next_double() * 64) * 0.25; /* ties are likely: argmax must pick the first */
        ia[i] = (int64_t)(next64() % 41) - 20;
    }
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) test_reduce_axis_shape(a, ia, shapes[k][0], shapes[k][1], impl);
    for (int64_t i = 0; i < n; i++) ia[i] = (int64_t)next64(); /* wrapping sums */
    a[7] = NAN, a[40] = NAN, a[9 + 2 * 9] = NAN;         /* NaN rules: propagate; argmax = first NaN */
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) test_reduce_axis_shape(a, ia, shapes[k][0], shapes[k][1], impl);
    double d[3];
    CHECK(gilkit_reduce_axis_f64(a, 2, 3, 2, GILKIT_REDUCE_SUM, d, 0) == GILKIT_EINVAL, "bad axis");
    CHECK(gilkit_reduce_axis_f64(a, 2, 3, 0, 5, d, 0) == GILKIT_EINVAL, "bad op");
    CHECK(gilkit_reduce_axis_f64(a, -1, 3, 0, 0, d, 0) == GILKIT_EINVAL, "negative rows");
    CHECK(gilkit_reduce_axis_f64(NULL, 2, 3, 0, 0, d, 0) == GILKIT_EINVAL, "NULL a");
    CHECK(gilkit_reduce_axis_i64(ia, 2, 3, 1, 0, NULL, 0) == GILKIT_EINVAL, "NULL out");
    CHECK(gilkit_reduce_axis_f64(a, 2, 3, 1, 0, d, 7) == GILKIT_EINVAL, "bad policy");
    CHECK(gilkit_reduce_axis_f64(NULL, 0, 3, 1, GILKIT_REDUCE_MAX, NULL, 0) == 0, "empty output needs no pointers");
    double neg[4] = {-0.0, -0.0, -0.0, -0.0};
    CHECK(gilkit_reduce_axis_f64(neg, 2, 2, 0, GILKIT_REDUCE_SUM, d, 0) == 0 && !signbit(d[0]), "axis-0 sum of -0.0 is +0.0 (NumPy)");
    free(a), free(ia);
}

static void run_all(const char *impl) {
    test_layout(impl);
    int64_t maxn = lengths[NLEN - 1] + 8;
    double *a = malloc((size_t)maxn * 8), *b = malloc((size_t)maxn * 8);
    int64_t *ia = malloc((size_t)maxn * 8), *ib = malloc((size_t)maxn * 8);
    for (int64_t i = 0; i < maxn; i++) {
        a[i] = next_double();
        b[i] = next_double() + 2.0; /* no division by zero */
        ia[i] = (int64_t)next64();
        ib[i] = (int64_t)next64();
    }
    for (int li = 0; li < NLEN; li++)
        for (int off = 0; off < 3; off++) { /* off 1, 2: 8-byte aligned but not 32-byte aligned */
            test_reductions(a + off, b + off, ia + off, lengths[li], impl);
            test_elementwise(a + off, b + off, lengths[li], impl);
            test_int_elementwise(ia + off, ib + off, lengths[li]);
        }
    int64_t dims[][3] = {{0, 3, 4}, {3, 0, 4}, {1, 1, 1}, {5, 7, 9}, {6, 8, 8}, {13, 300, 17}, {97, 65, 1030}, {200, 513, 31}};
    for (size_t i = 0; i < sizeof dims / sizeof dims[0]; i++) test_matmul(dims[i][0], dims[i][1], dims[i][2], impl);
    test_reduce_axis(impl);
    free(a), free(b), free(ia), free(ib);
}

/* The AVX2 and the portable sum must agree bit for bit (the documented order is the same). */
static void test_sum_impls_agree(void) {
    int64_t n = 1000003;
    double *a = malloc((size_t)n * 8), s1, s2;
    for (int64_t i = 0; i < n; i++) a[i] = next_double() * 1e6;
    gilkit_kernel_set_impl(GILKIT_KERNEL_SUM, GILKIT_IMPL_AUTO);
    gilkit_sum_f64(a, n, &s1, 0);
    gilkit_kernel_set_impl(GILKIT_KERNEL_SUM, GILKIT_IMPL_PORTABLE);
    gilkit_sum_f64(a, n, &s2, 0);
    gilkit_kernel_set_impl(GILKIT_KERNEL_SUM, GILKIT_IMPL_AUTO);
    CHECK(s1 == s2, "sum AVX2 %.17g vs portable %.17g", s1, s2);
    CHECK(close_to(gilkit_bench_sum_baseline(a, n), s1, 1e6 * n), "baseline sum");
    free(a);
}

int main(void) {
    rng_state = 20240601;
    test_bad_arguments();
    test_thresholds();
    test_special_values();
    printf("accelerated sum: %s\n", gilkit_kernel_impl(GILKIT_KERNEL_SUM) == GILKIT_IMPL_ACCEL ? "yes" : "no");
    run_all("auto");
    for (int id = 0; id < GILKIT_KERNEL_COUNT; id++) gilkit_kernel_set_impl(id, GILKIT_IMPL_PORTABLE);
    CHECK(gilkit_kernel_impl(GILKIT_KERNEL_SUM) == GILKIT_IMPL_PORTABLE, "forced portable");
    run_all("portable");
    for (int id = 0; id < GILKIT_KERNEL_COUNT; id++) gilkit_kernel_set_impl(id, GILKIT_IMPL_AUTO);
    test_sum_impls_agree();
    if (failures) fprintf(stderr, "%d checks failed\n", failures);
    else printf("test_array_math: all checks passed\n");
    return failures ? 1 : 0;
}
