/*
 * array_math.c - the array kernels of gilkit/array_math.h: argument checks, the release and
 * cancellation skeleton, and run-time dispatch between the AVX2+FMA loops and the portable ones
 * (both generated from array_math_loops.h). The library itself is built for baseline x86-64;
 * only the functions under the target pragma use AVX2, and they run only if cpuid says so.
 */
/* sqrt without errno lets GCC emit vsqrtpd (NumPy's sqrt does not set errno either); CMakeLists.txt
 * also passes -fno-math-errno for this file, because the pragma alone is not honoured by GCC 12. */
#pragma GCC optimize("no-math-errno")

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gilkit/array_math.h"
#include "kernel_internal.h"

typedef double v4d __attribute__((vector_size(32)));
typedef double v4du __attribute__((vector_size(32), aligned(8), may_alias));
typedef int64_t v4l __attribute__((vector_size(32)));

#define GEMM_MR 6
#define GEMM_NR 8
#define GEMM_KC GILKIT_GEMM_KC
#define GEMM_MC 96   /* 96 x 256 doubles of A = 192 KiB: fits the 512 KiB L2 with room for C */
#define GEMM_NC 1024 /* 256 x 1024 doubles of B = 2 MiB: shared L3 slab */

/* Packs an mc x kc block of A (row stride lda) into MR-row panels, zero-padding the last one. */
static void pack_a(const double *A, int64_t lda, int64_t mc, int64_t kc, double *out) {
    for (int64_t ir = 0; ir < mc; ir += GEMM_MR)
        for (int64_t p = 0; p < kc; p++)
            for (int r = 0; r < GEMM_MR; r++) *out++ = ir + r < mc ? A[(ir + r) * lda + p] : 0.0;
}

/* Packs a kc x nc block of B (row stride ldb) into NR-column panels, zero-padding the last one. */
static void pack_b(const double *B, int64_t ldb, int64_t kc, int64_t nc, double *out) {
    for (int64_t jr = 0; jr < nc; jr += GEMM_NR)
        for (int64_t p = 0; p < kc; p++) {
            const double *row = B + p * ldb + jr;
            if (jr + GEMM_NR <= nc) {
                memcpy(out, row, GEMM_NR * sizeof(double));
                out += GEMM_NR;
            } else {
                for (int c = 0; c < GEMM_NR; c++) *out++ = jr + c < nc ? row[c] : 0.0;
            }
        }
}

#pragma GCC push_options
#pragma GCC target("avx2,fma")
#define FN(name) name##_avx2
#include "array_math_loops.h"
#undef FN
#pragma GCC pop_options

#define FN(name) name##_port
#include "array_math_loops.h"
#undef FN

/* Largest element count whose byte size (three arrays of 8 bytes) cannot overflow int64. */
#define MAX_ELEMS (INT64_MAX / 32)

static int bad_len(const void *p, int64_t n) {
    return n < 0 || n > MAX_ELEMS || (n > 0 && p == NULL);
}

static int accel(int id) {
    return gilkit_kernel_use_accel_(id, CPU_AVX2_FMA);
}

/* Polls the cancel flag; called between chunks of GILKIT_CANCEL_POLL_BYTES. */
static int cancelled(void) {
    return gilkit_cancel_requested() ? GILKIT_ECANCELLED : GILKIT_OK;
}

/* ---- sum and dot: blocks combined by a binary carry tree (pairwise over blocks) ---------- */

typedef struct {
    double partial[64]; /* partial[i] sums 2^level blocks; levels strictly decrease upward */
    int top;
    uint64_t blocks;
} pairwise;

static void pairwise_push(pairwise *pw, double s) {
    for (uint64_t c = pw->blocks; c & 1; c >>= 1) s = pw->partial[--pw->top] + s;
    pw->partial[pw->top++] = s;
    pw->blocks++;
}

static double pairwise_result(const pairwise *pw) {
    double r = 0.0;
    if (pw->top > 0) r = pw->partial[pw->top - 1];
    for (int i = pw->top - 2; i >= 0; i--) r = pw->partial[i] + r;
    return r;
}

static int sum_run(const double *a, const double *b, int64_t n, int fast, double *out) {
    if (n <= GILKIT_SUM_BLOCK) { /* one block: what the carry tree would return, without it */
        *out = b ? (fast ? dot_block_avx2(a, b, n) : dot_block_port(a, b, n))
                 : (fast ? sum_block_avx2(a, n) : sum_block_port(a, n));
        return GILKIT_OK;
    }
    pairwise pw; /* not `= {0}`: zeroing partial[] (512 bytes) cost 5x a 16-element sum */
    pw.top = 0;
    pw.blocks = 0;
    int64_t poll = poll_elems(b ? 16 : 8), since = 0;
    for (int64_t i = 0; i < n; i += GILKIT_SUM_BLOCK) {
        int64_t len = n - i < GILKIT_SUM_BLOCK ? n - i : GILKIT_SUM_BLOCK;
        double s;
        if (b) s = fast ? dot_block_avx2(a + i, b + i, len) : dot_block_port(a + i, b + i, len);
        else s = fast ? sum_block_avx2(a + i, len) : sum_block_port(a + i, len);
        pairwise_push(&pw, s);
        if ((since += len) >= poll) {
            since = 0;
            if (cancelled()) return GILKIT_ECANCELLED;
        }
    }
    *out = pairwise_result(&pw);
    return GILKIT_OK;
}

static int sum_call(int id, const double *a, const double *b, int64_t n, double *out, int policy) {
    if (bad_len(a, n) || (b == NULL && id == GILKIT_KERNEL_DOT && n > 0) || out == NULL) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, id, n * (b ? 16 : 8), policy);
    if (st != GILKIT_OK) return st;
    int fast = accel(id);
    double r = 0.0;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    st = sum_run(a, b, n, fast, &r);
    GILKIT_END_ALLOW_THREADS
    if (st == GILKIT_OK) *out = r;
    return kcall_end(&k, st);
}

int gilkit_sum_f64(const double *a, int64_t n, double *out, int policy) {
    return sum_call(GILKIT_KERNEL_SUM, a, NULL, n, out, policy);
}

int gilkit_dot_f64(const double *a, const double *b, int64_t n, double *out, int policy) {
    if (n > 0 && b == NULL) return GILKIT_EINVAL;
    return sum_call(GILKIT_KERNEL_DOT, a, b, n, out, policy);
}

int gilkit_sum_i64(const int64_t *a, int64_t n, int64_t *out, int policy) {
    if (bad_len(a, n) || out == NULL) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_SUM, n * 8, policy);
    if (st != GILKIT_OK) return st;
    int fast = accel(GILKIT_KERNEL_SUM);
    uint64_t s = 0;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    for (int64_t i = 0, len; st == GILKIT_OK && i < n; i += len) {
        len = n - i < poll_elems(8) ? n - i : poll_elems(8);
        s += fast ? sum_i64_avx2(a + i, len) : sum_i64_port(a + i, len);
        if (i + len < n) st = cancelled();
    }
    GILKIT_END_ALLOW_THREADS
    if (st == GILKIT_OK) *out = (int64_t)s;
    return kcall_end(&k, st);
}

/* ---- elementwise kernels: one chunked driver per loop signature ---------------------------- */

/*
 * The drivers take both implementations and pick one per call; every loop runs in chunks of
 * GILKIT_CANCEL_POLL_BYTES of output so that a cancel request is seen within a few milliseconds.
 */
#define CHUNKS(n, body) \
    do { \
        for (int64_t off = 0, len; st == GILKIT_OK && off < (n); off += len) { \
            len = (n) - off < poll_elems(8) ? (n) - off : poll_elems(8); \
            body; \
            if (off + len < (n)) st = cancelled(); \
        } \
    } while (0)

#define DEFINE_BINOP(name, T) \
    int gilkit_##name(const T *a, const T *b, T *out, int64_t n, int policy) { \
        if (bad_len(a, n) || bad_len(b, n) || bad_len(out, n)) return GILKIT_EINVAL; \
        kcall k; \
        int st = kcall_begin(&k, GILKIT_KERNEL_BINOP, n * 2 * (int64_t)sizeof(T), policy); \
        if (st != GILKIT_OK) return st; \
        void (*f)(const T *, const T *, T *, int64_t) = accel(GILKIT_KERNEL_BINOP) ? name##_avx2 : name##_port; \
        GILKIT_BEGIN_ALLOW_THREADS_IF(k.release) \
        CHUNKS(n, f(a + off, b + off, out + off, len)); \
        GILKIT_END_ALLOW_THREADS \
        return kcall_end(&k, st); \
    }

#define DEFINE_SBINOP(name, T, id) \
    int gilkit_##name(const T *a, T s, T *out, int64_t n, int policy) { \
        if (bad_len(a, n) || bad_len(out, n)) return GILKIT_EINVAL; \
        kcall k; \
        int st = kcall_begin(&k, id, n * (int64_t)sizeof(T), policy); \
        if (st != GILKIT_OK) return st; \
        void (*f)(const T *, T, T *, int64_t) = accel(id) ? name##_avx2 : name##_port; \
        GILKIT_BEGIN_ALLOW_THREADS_IF(k.release) \
        CHUNKS(n, f(a + off, s, out + off, len)); \
        GILKIT_END_ALLOW_THREADS \
        return kcall_end(&k, st); \
    }

DEFINE_BINOP(add_f64, double)
DEFINE_BINOP(sub_f64, double)
DEFINE_BINOP(mul_f64, double)
DEFINE_BINOP(div_f64, double)
DEFINE_BINOP(add_i64, int64_t)
DEFINE_BINOP(sub_i64, int64_t)
DEFINE_BINOP(mul_i64, int64_t)
DEFINE_SBINOP(add_scalar_f64, double, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(sub_scalar_f64, double, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(rsub_scalar_f64, double, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(mul_scalar_f64, double, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(div_scalar_f64, double, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(rdiv_scalar_f64, double, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(add_scalar_i64, int64_t, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(sub_scalar_i64, int64_t, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(rsub_scalar_i64, int64_t, GILKIT_KERNEL_BINOP)
DEFINE_SBINOP(mul_scalar_i64, int64_t, GILKIT_KERNEL_BINOP)

int gilkit_scale_f64(double alpha, double *x, int64_t n, int policy) {
    if (bad_len(x, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_AXPY, n * 8, policy);
    if (st != GILKIT_OK) return st;
    void (*f)(const double *, double, double *, int64_t) = accel(GILKIT_KERNEL_AXPY) ? mul_scalar_f64_avx2 : mul_scalar_f64_port;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, f(x + off, alpha, x + off, len));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

int gilkit_axpy_f64(double alpha, const double *x, double *y, int64_t n, int policy) {
    if (bad_len(x, n) || bad_len(y, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_AXPY, n * 16, policy);
    if (st != GILKIT_OK) return st;
    void (*f)(double, const double *, double *, int64_t) = accel(GILKIT_KERNEL_AXPY) ? axpy_f64_avx2 : axpy_f64_port;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, f(alpha, x + off, y + off, len));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

int gilkit_sqrt_f64(const double *a, double *out, int64_t n, int policy) {
    if (bad_len(a, n) || bad_len(out, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_SQRT, n * 8, policy);
    if (st != GILKIT_OK) return st;
    void (*f)(const double *, double *, int64_t) = accel(GILKIT_KERNEL_SQRT) ? sqrt_f64_avx2 : sqrt_f64_port;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, f(a + off, out + off, len));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

/* glibc's exp is fast (a few ns) and accurate; a vector exp would trade accuracy for speed. */
static void exp_loop(const double *a, double *o, int64_t n) {
    for (int64_t i = 0; i < n; i++) o[i] = exp(a[i]);
}

int gilkit_exp_f64(const double *a, double *out, int64_t n, int policy) {
    if (bad_len(a, n) || bad_len(out, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_EXP, n * 8, policy);
    if (st != GILKIT_OK) return st;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, exp_loop(a + off, out + off, len));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

int gilkit_fill_f64(double *a, int64_t n, double value, int policy) {
    if (bad_len(a, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_FILL, n * 8, policy);
    if (st != GILKIT_OK) return st;
    void (*f)(double *, int64_t, double) = accel(GILKIT_KERNEL_FILL) ? fill_f64_avx2 : fill_f64_port;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, f(a + off, len, value));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

int gilkit_fill_i64(int64_t *a, int64_t n, int64_t value, int policy) {
    if (bad_len(a, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_FILL, n * 8, policy);
    if (st != GILKIT_OK) return st;
    void (*f)(int64_t *, int64_t, int64_t) = accel(GILKIT_KERNEL_FILL) ? fill_i64_avx2 : fill_i64_port;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, f(a + off, len, value));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

/* ---- layout and type conversion ------------------------------------------------------------ */

static void copy_strided_loop(const uint64_t *src, int64_t ss, uint64_t *dst, int64_t ds, int64_t n) {
    if (ss == 1 && ds == 1) {
        memmove(dst, src, (size_t)n * 8);
        return;
    }
    for (int64_t i = 0; i < n; i++) dst[i * ds] = src[i * ss];
}

int gilkit_copy_strided64(const void *src, int64_t src_stride, void *dst, int64_t dst_stride, int64_t n, int policy) {
    if (bad_len(src, n) || bad_len(dst, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_FILL, n * 8, policy);
    if (st != GILKIT_OK) return st;
    const uint64_t *s = src;
    uint64_t *d = dst;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, copy_strided_loop(s + off * src_stride, src_stride, d + off * dst_stride, dst_stride, len));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

int gilkit_i64_to_f64(const int64_t *a, double *out, int64_t n, int policy) {
    if (bad_len(a, n) || bad_len(out, n)) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_BINOP, n * 8, policy);
    if (st != GILKIT_OK) return st;
    void (*f)(const int64_t *, double *, int64_t) = accel(GILKIT_KERNEL_BINOP) ? i64_to_f64_avx2 : i64_to_f64_port;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, f(a + off, out + off, len));
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

/* ---- min, max, argmax --------------------------------------------------------------------- */

static int extreme_f64_run(const double *a, int64_t n, int is_max, int fast, double *best, int *nan) {
    int st = GILKIT_OK;
    *best = a[0];
    *nan = 0;
    void (*f)(const double *, int64_t, double *, int *) =
        is_max ? (fast ? max_f64_avx2 : max_f64_port) : (fast ? min_f64_avx2 : min_f64_port);
    CHUNKS(n, f(a + off, len, best, nan));
    return st;
}

static int extreme_f64_call(const double *a, int64_t n, int is_max, double *out, int64_t *index, int policy) {
    if (bad_len(a, n) || n == 0) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_MINMAX, n * 8, policy);
    if (st != GILKIT_OK) return st;
    int fast = accel(GILKIT_KERNEL_MINMAX), nan = 0;
    double best = 0.0;
    int64_t at = 0;
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    st = extreme_f64_run(a, n, is_max, fast, &best, &nan);
    /* argmax: a second pass finds the first position of the value (or of the first NaN). */
    if (st == GILKIT_OK && index != NULL)
        for (at = 0; at < n; at++)
            if (nan ? a[at] != a[at] : a[at] == best) break;
    GILKIT_END_ALLOW_THREADS
    if (st == GILKIT_OK) {
        if (out) *out = nan ? NAN : best;
        if (index) *index = at;
    }
    return kcall_end(&k, st);
}

int gilkit_min_f64(const double *a, int64_t n, double *out, int policy) {
    return out ? extreme_f64_call(a, n, 0, out, NULL, policy) : GILKIT_EINVAL;
}

int gilkit_max_f64(const double *a, int64_t n, double *out, int policy) {
    return out ? extreme_f64_call(a, n, 1, out, NULL, policy) : GILKIT_EINVAL;
}

int gilkit_argmax_f64(const double *a, int64_t n, int64_t *out, int policy) {
    return out ? extreme_f64_call(a, n, 1, NULL, out, policy) : GILKIT_EINVAL;
}

static int extreme_i64_call(const int64_t *a, int64_t n, int is_max, int64_t *out, int64_t *index, int policy) {
    if (bad_len(a, n) || n == 0) return GILKIT_EINVAL;
    kcall k;
    int st = kcall_begin(&k, GILKIT_KERNEL_MINMAX, n * 8, policy);
    if (st != GILKIT_OK) return st;
    int fast = accel(GILKIT_KERNEL_MINMAX);
    int64_t best = a[0], at = 0;
    int64_t (*f)(const int64_t *, int64_t, int64_t) =
        is_max ? (fast ? max_i64_avx2 : max_i64_port) : (fast ? min_i64_avx2 : min_i64_port);
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    CHUNKS(n, best = f(a + off, len, best));
    if (st == GILKIT_OK && index != NULL)
        for (at = 0; at < n; at++)
            if (a[at] == best) break;
    GILKIT_END_ALLOW_THREADS
    if (st == GILKIT_OK) {
        if (out) *out = best;
        if (index) *index = at;
    }
    return kcall_end(&k, st);
}

int gilkit_min_i64(const int64_t *a, int64_t n, int64_t *out, int policy) {
    return out ? extreme_i64_call(a, n, 0, out, NULL, policy) : GILKIT_EINVAL;
}

int gilkit_max_i64(const int64_t *a, int64_t n, int64_t *out, int policy) {
    return out ? extreme_i64_call(a, n, 1, out, NULL, policy) : GILKIT_EINVAL;
}

int gilkit_argmax_i64(const int64_t *a, int64_t n, int64_t *out, int policy) {
    return out ? extreme_i64_call(a, n, 1, NULL, out, policy) : GILKIT_EINVAL;
}

/* ---- tiny calls: the reductions with HOLD_QUIET, returning the result ------------------- */

#define QUIET GILKIT_RELEASE_HOLD_QUIET

double gilkit_sum_f64_small(const double *a, int64_t n) {
    double r;
    if (n <= GILKIT_SUM_BLOCK && !bad_len(a, n)) /* one block: sum_run's answer, minus its frame */
        return accel(GILKIT_KERNEL_SUM) ? sum_block_avx2(a, n) : sum_block_port(a, n);
    return sum_call(GILKIT_KERNEL_SUM, a, NULL, n, &r, QUIET) == GILKIT_OK ? r : NAN;
}

int64_t gilkit_sum_i64_small(const int64_t *a, int64_t n) {
    int64_t r;
    return gilkit_sum_i64(a, n, &r, QUIET) == GILKIT_OK ? r : 0;
}

double gilkit_dot_f64_small(const double *a, const double *b, int64_t n) {
    double r;
    return gilkit_dot_f64(a, b, n, &r, QUIET) == GILKIT_OK ? r : NAN;
}

double gilkit_min_f64_small(const double *a, int64_t n) {
    double r;
    return extreme_f64_call(a, n, 0, &r, NULL, QUIET) == GILKIT_OK ? r : NAN;
}

double gilkit_max_f64_small(const double *a, int64_t n) {
    double r;
    return extreme_f64_call(a, n, 1, &r, NULL, QUIET) == GILKIT_OK ? r : NAN;
}

int64_t gilkit_argmax_f64_small(const double *a, int64_t n) {
    int64_t r;
    return extreme_f64_call(a, n, 1, NULL, &r, QUIET) == GILKIT_OK ? r : -1;
}

int64_t gilkit_min_i64_small(const int64_t *a, int64_t n) {
    int64_t r;
    return extreme_i64_call(a, n, 0, &r, NULL, QUIET) == GILKIT_OK ? r : 0;
}

int64_t gilkit_max_i64_small(const int64_t *a, int64_t n) {
    int64_t r;
    return extreme_i64_call(a, n, 1, &r, NULL, QUIET) == GILKIT_OK ? r : 0;
}

int64_t gilkit_argmax_i64_small(const int64_t *a, int64_t n) {
    int64_t r;
    return extreme_i64_call(a, n, 1, NULL, &r, QUIET) == GILKIT_OK ? r : -1;
}

/* ---- matmul ------------------------------------------------------------------------------- */

static int bad_dims(int64_t m, int64_t k, int64_t n) {
    const int64_t lim = (int64_t)1 << 30; /* keeps every product of two dims and its bytes in int64 */
    return m < 0 || k < 0 || n < 0 || m > lim || k > lim || n > lim || m * k > MAX_ELEMS || k * n > MAX_ELEMS ||
           m * n > MAX_ELEMS;
}

int gilkit_matmul_f64(const double *a, const double *b, double *c, int64_t m, int64_t k, int64_t n, int policy) {
    if (bad_dims(m, k, n) || bad_len(a, m * k) || bad_len(b, k * n) || bad_len(c, m * n)) return GILKIT_EINVAL;
    kcall k_;
    int st = kcall_begin(&k_, GILKIT_KERNEL_MATMUL, (m * k + k * n) * 8, policy);
    if (st != GILKIT_OK) return st;
    double *apack = NULL, *bpack = NULL;
    if (m > 0 && n > 0 && k > 0) {
        /* Sized to the problem: the full 2.5 MB is mmap'ed and unmapped per call, which made a
           32x32 product cost ~20x its arithmetic. aligned_alloc wants a multiple of 64 bytes. */
        size_t kc = (size_t)(k < GEMM_KC ? k : GEMM_KC);
        size_t mc = (size_t)((m < GEMM_MC ? m : GEMM_MC) + GEMM_MR - 1) / GEMM_MR * GEMM_MR;
        size_t nc = (size_t)((n < GEMM_NC ? n : GEMM_NC) + GEMM_NR - 1) / GEMM_NR * GEMM_NR;
        apack = aligned_alloc(64, (mc * kc * sizeof(double) + 63) / 64 * 64);
        bpack = aligned_alloc(64, (nc * kc * sizeof(double) + 63) / 64 * 64);
        if (apack == NULL || bpack == NULL) st = GILKIT_ENOMEM;
    }
    int fast = accel(GILKIT_KERNEL_MATMUL);
    GILKIT_BEGIN_ALLOW_THREADS_IF(k_.release && st == GILKIT_OK)
    if (st == GILKIT_OK && m * n > 0) {
        memset(c, 0, (size_t)(m * n) * sizeof(double));
        if (k > 0) st = fast ? gemm_avx2(a, b, c, m, k, n, apack, bpack) : gemm_port(a, b, c, m, k, n, apack, bpack);
    }
    GILKIT_END_ALLOW_THREADS
    free(apack);
    free(bpack);
    return kcall_end(&k_, st);
}

/* ---- reductions along an axis of a matrix: one call, one release -------------------------- */

static int bad_reduce(const void *a, int64_t rows, int64_t cols, int axis, int op, const void *out) {
    if (rows < 0 || cols < 0 || (cols > 0 && rows > MAX_ELEMS / cols)) return 1;
    if ((axis != 0 && axis != 1) || op < GILKIT_REDUCE_SUM || op > GILKIT_REDUCE_ARGMAX) return 1;
    int64_t outs = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
    if (outs > 0 && out == NULL) return 1;
    if (rows * cols > 0 && a == NULL) return 1;
    return op >= GILKIT_REDUCE_MIN && outs > 0 && len == 0; /* no identity for min/max/argmax */
}

/* Polls between rows once another poll interval of elements went by. */
static int row_poll(int64_t *since, int64_t len) {
    if ((*since += len) < poll_elems(8)) return GILKIT_OK;
    *since = 0;
    return cancelled();
}

/* One row of float64 (axis 1): the whole-array kernels' loops, so results match them exactly. */
static int row_f64(const double *row, int64_t n, int op, int fast, void *out, int64_t r) {
    if (op == GILKIT_REDUCE_SUM || op == GILKIT_REDUCE_MEAN) {
        double s = 0.0;
        int st = n > 0 ? sum_run(row, NULL, n, fast, &s) : GILKIT_OK;
        ((double *)out)[r] = op == GILKIT_REDUCE_MEAN ? s / (double)n : s;
        return st;
    }
    double best;
    int nan;
    int st = extreme_f64_run(row, n, op != GILKIT_REDUCE_MIN, fast, &best, &nan);
    if (op != GILKIT_REDUCE_ARGMAX) {
        ((double *)out)[r] = nan ? NAN : best;
        return st;
    }
    int64_t at = 0;
    while (at < n && !(nan ? row[at] != row[at] : row[at] == best)) at++;
    ((int64_t *)out)[r] = at;
    return st;
}

static void row_i64(const int64_t *row, int64_t n, int op, int fast, void *out, int64_t r) {
    if (op == GILKIT_REDUCE_SUM || op == GILKIT_REDUCE_MEAN) {
        int64_t s = (int64_t)(fast ? sum_i64_avx2(row, n) : sum_i64_port(row, n));
        if (op == GILKIT_REDUCE_MEAN) ((double *)out)[r] = (double)s / (double)n;
        else ((int64_t *)out)[r] = s;
        return;
    }
    int64_t best = row[0];
    best = op == GILKIT_REDUCE_MIN ? (fast ? min_i64_avx2 : min_i64_port)(row, n, best)
                                   : (fast ? max_i64_avx2 : max_i64_port)(row, n, best);
    if (op != GILKIT_REDUCE_ARGMAX) {
        ((int64_t *)out)[r] = best;
        return;
    }
    int64_t at = 0;
    while (row[at] != best) at++;
    ((int64_t *)out)[r] = at;
}

/*
 * Axis 0 of float64: combine each row into the running column results, in row order. The
 * min/max conditions keep a NaN once seen (x != x takes a NaN in; a NaN acc never compares
 * less or greater); argmax keeps the first maximum, or the first NaN, per column.
 */
/* target_clones: GCC vectorizes these loops with AVX2 (4 lanes, vblendvpd for the selects) in a
 * clone chosen at load time; the baseline SSE2 build left argmax scalar and 5-10x slower. The
 * loops have no FMA to fuse, so both clones give the same bits. */
__attribute__((target_clones("avx2", "default")))
static int cols_f64(const double *a, int64_t rows, int64_t cols, int op, void *out) {
    double *acc = op == GILKIT_REDUCE_ARGMAX ? malloc((size_t)cols * sizeof(double)) : out;
    if (acc == NULL) return GILKIT_ENOMEM;
    int64_t *idx = out, since = 0;
    int st = GILKIT_OK;
    /* Sums start from NumPy's identity, 0.0 + row 0, so a column of -0.0 sums to +0.0 as there. */
    for (int64_t c = 0; c < cols; c++) acc[c] = op <= GILKIT_REDUCE_MEAN ? 0.0 + a[c] : a[c];
    if (op == GILKIT_REDUCE_ARGMAX) memset(idx, 0, (size_t)cols * sizeof(int64_t));
    for (int64_t r = 1; r < rows && st == GILKIT_OK; r++) {
        const double *row = a + r * cols;
        switch (op) {
        case GILKIT_REDUCE_SUM:
        case GILKIT_REDUCE_MEAN:
            for (int64_t c = 0; c < cols; c++) acc[c] += row[c];
            break;
        case GILKIT_REDUCE_MIN:
            for (int64_t c = 0; c < cols; c++) acc[c] = (row[c] < acc[c] || row[c] != row[c]) ? row[c] : acc[c];
            break;
        case GILKIT_REDUCE_MAX:
            for (int64_t c = 0; c < cols; c++) acc[c] = (row[c] > acc[c] || row[c] != row[c]) ? row[c] : acc[c];
            break;
        default:
            for (int64_t c = 0; c < cols; c++) { /* branch-free, so GCC vectorizes it with blends */
                int64_t take = -(int64_t)((acc[c] == acc[c]) & ((row[c] > acc[c]) | (row[c] != row[c])));
                acc[c] = take ? row[c] : acc[c];
                idx[c] = (idx[c] & ~take) | (r & take);
            }
        }
        st = row_poll(&since, cols);
    }
    if (op == GILKIT_REDUCE_MEAN)
        for (int64_t c = 0; c < cols; c++) acc[c] /= (double)rows;
    if (op == GILKIT_REDUCE_ARGMAX) free(acc);
    return st;
}

/* Axis 0 of int64: the same in integers (wrapping sums); argmax compares with the best row. */
__attribute__((target_clones("avx2", "default")))
static int cols_i64(const int64_t *a, int64_t rows, int64_t cols, int op, int64_t *acc) {
    int64_t since = 0;
    int st = GILKIT_OK;
    if (op == GILKIT_REDUCE_ARGMAX) memset(acc, 0, (size_t)cols * sizeof(int64_t));
    else for (int64_t c = 0; c < cols; c++) acc[c] = a[c];
    for (int64_t r = 1; r < rows && st == GILKIT_OK; r++) {
        const int64_t *row = a + r * cols;
        switch (op) {
        case GILKIT_REDUCE_SUM:
            for (int64_t c = 0; c < cols; c++) acc[c] = (int64_t)((uint64_t)acc[c] + (uint64_t)row[c]);
            break;
        case GILKIT_REDUCE_MIN:
            for (int64_t c = 0; c < cols; c++) acc[c] = row[c] < acc[c] ? row[c] : acc[c];
            break;
        case GILKIT_REDUCE_MAX:
            for (int64_t c = 0; c < cols; c++) acc[c] = row[c] > acc[c] ? row[c] : acc[c];
            break;
        default:
            for (int64_t c = 0; c < cols; c++)
                if (row[c] > a[acc[c] * cols + c]) acc[c] = r;
        }
        st = row_poll(&since, cols);
    }
    return st;
}

/* int64 MEAN along axis 0: the wrapping column sums, then divided, in place as doubles. */
static int cols_mean_i64(const int64_t *a, int64_t rows, int64_t cols, double *out) {
    int st = cols_i64(a, rows, cols, GILKIT_REDUCE_SUM, (int64_t *)out);
    for (int64_t c = 0; c < cols; c++) { /* the same 8-byte slots: memcpy, not a type pun */
        int64_t s;
        memcpy(&s, &out[c], sizeof s);
        double m = (double)s / (double)rows;
        memcpy(&out[c], &m, sizeof m);
    }
    return st;
}

/* An empty matrix: only SUM (0) and MEAN (NaN) have results for empty lines (bad_reduce). */
static void reduce_empty(int is_f64, int64_t outs, int op, void *out) {
    for (int64_t i = 0; i < outs; i++) {
        if (op == GILKIT_REDUCE_MEAN) ((double *)out)[i] = NAN;
        else if (is_f64) ((double *)out)[i] = 0.0;
        else ((int64_t *)out)[i] = 0;
    }
}

static int reduce_axis_run(const void *a, int is_f64, int64_t rows, int64_t cols, int axis, int op, void *out, int fast) {
    if (rows == 0 || cols == 0) {
        reduce_empty(is_f64, axis == 0 ? cols : rows, op, out);
        return GILKIT_OK;
    }
    if (axis == 0) {
        if (is_f64) return cols_f64(a, rows, cols, op, out);
        return op == GILKIT_REDUCE_MEAN ? cols_mean_i64(a, rows, cols, out) : cols_i64(a, rows, cols, op, out);
    }
    int st = GILKIT_OK;
    int64_t since = 0;
    for (int64_t r = 0; r < rows && st == GILKIT_OK; r++) {
        if (is_f64) st = row_f64((const double *)a + r * cols, cols, op, fast, out, r);
        else row_i64((const int64_t *)a + r * cols, cols, op, fast, out, r);
        if (st == GILKIT_OK) st = row_poll(&since, cols);
    }
    return st;
}

static int reduce_axis_call(const void *a, int is_f64, int64_t rows, int64_t cols, int axis, int op, void *out, int policy) {
    if (bad_reduce(a, rows, cols, axis, op, out)) return GILKIT_EINVAL;
    int id = op <= GILKIT_REDUCE_MEAN ? GILKIT_KERNEL_SUM : GILKIT_KERNEL_MINMAX;
    kcall k;
    int st = kcall_begin(&k, id, rows * cols * 8, policy);
    if (st != GILKIT_OK) return st;
    int fast = accel(id);
    GILKIT_BEGIN_ALLOW_THREADS_IF(k.release)
    st = reduce_axis_run(a, is_f64, rows, cols, axis, op, out, fast);
    GILKIT_END_ALLOW_THREADS
    return kcall_end(&k, st);
}

int gilkit_reduce_axis_f64(const double *a, int64_t rows, int64_t cols, int axis, int op, void *out, int policy) {
    return reduce_axis_call(a, 1, rows, cols, axis, op, out, policy);
}

int gilkit_reduce_axis_i64(const int64_t *a, int64_t rows, int64_t cols, int axis, int op, void *out, int policy) {
    return reduce_axis_call(a, 0, rows, cols, axis, op, out, policy);
}
