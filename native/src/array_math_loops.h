/*
 * array_math_loops.h - the inner loops of array_math.c, included twice: once under
 * `#pragma GCC target("avx2,fma")` with FN(x) = x##_avx2, once for the baseline x86-64 target
 * with FN(x) = x##_port. One source for both keeps the two paths computing the same thing in the
 * same order (they differ only where the AVX2 build contracts a*b+c into one FMA rounding).
 *
 * The explicit reductions use GCC vector extensions of 4 doubles: one ymm register in the AVX2
 * build, a pair of xmm registers in the portable one. The elementwise loops are plain C that GCC
 * vectorizes at -O3; without `restrict`, it adds a run-time overlap check, so out == a (in place)
 * stays correct.
 */

/* Sum of a[0..n), n <= SUM_BLOCK: 16 lanes (element i goes to lane i % 16), a fixed tree. */
static double FN(sum_block)(const double *a, int64_t n) {
    v4d s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0};
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 += *(const v4du *)(a + i);
        s1 += *(const v4du *)(a + i + 4);
        s2 += *(const v4du *)(a + i + 8);
        s3 += *(const v4du *)(a + i + 12);
    }
    v4d t = (s0 + s1) + (s2 + s3);
    double tail = 0.0;
    for (; i < n; i++) tail += a[i];
    return ((t[0] + t[1]) + (t[2] + t[3])) + tail;
}

/* Dot product of a block, same lane layout as sum_block. */
static double FN(dot_block)(const double *a, const double *b, int64_t n) {
    v4d s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0};
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 += *(const v4du *)(a + i) * *(const v4du *)(b + i);
        s1 += *(const v4du *)(a + i + 4) * *(const v4du *)(b + i + 4);
        s2 += *(const v4du *)(a + i + 8) * *(const v4du *)(b + i + 8);
        s3 += *(const v4du *)(a + i + 12) * *(const v4du *)(b + i + 12);
    }
    v4d t = (s0 + s1) + (s2 + s3);
    double tail = 0.0;
    for (; i < n; i++) tail += a[i] * b[i];
    return ((t[0] + t[1]) + (t[2] + t[3])) + tail;
}

/*
 * Running minimum or maximum of a[0..n) folded into *best; *nan becomes 1 if any element is NaN
 * (NaN wins, as in NumPy, so the caller returns NaN). The blend is written with masks because C
 * has no vector `?:`; GCC turns it into vblendvpd / andpd+orpd.
 */
static inline void FN(extreme_f64)(const double *a, int64_t n, int is_max, double *best, int *nan) {
    v4d acc0 = {*best, *best, *best, *best}, acc1 = acc0;
    v4l nanm = {0};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        v4d x0 = *(const v4du *)(a + i), x1 = *(const v4du *)(a + i + 4);
        v4l m0 = is_max ? (x0 > acc0) : (x0 < acc0);
        v4l m1 = is_max ? (x1 > acc1) : (x1 < acc1);
        acc0 = (v4d)(((v4l)x0 & m0) | ((v4l)acc0 & ~m0));
        acc1 = (v4d)(((v4l)x1 & m1) | ((v4l)acc1 & ~m1));
        nanm |= (x0 != x0) | (x1 != x1);
    }
    double b = *best;
    int has_nan = *nan;
    for (int l = 0; l < 4; l++) {
        has_nan |= nanm[l] != 0;
        if (is_max ? acc0[l] > b : acc0[l] < b) b = acc0[l];
        if (is_max ? acc1[l] > b : acc1[l] < b) b = acc1[l];
    }
    for (; i < n; i++) {
        double x = a[i];
        has_nan |= x != x;
        if (is_max ? x > b : x < b) b = x;
    }
    *best = b;
    *nan = has_nan;
}

static void FN(min_f64)(const double *a, int64_t n, double *best, int *nan) {
    FN(extreme_f64)(a, n, 0, best, nan);
}

static void FN(max_f64)(const double *a, int64_t n, double *best, int *nan) {
    FN(extreme_f64)(a, n, 1, best, nan);
}

/* Integer reductions need no fixed order (wrapping addition is associative): plain loops. */
static uint64_t FN(sum_i64)(const int64_t *a, int64_t n) {
    uint64_t s = 0;
    for (int64_t i = 0; i < n; i++) s += (uint64_t)a[i];
    return s;
}

static int64_t FN(min_i64)(const int64_t *a, int64_t n, int64_t m) {
    for (int64_t i = 0; i < n; i++) m = a[i] < m ? a[i] : m;
    return m;
}

static int64_t FN(max_i64)(const int64_t *a, int64_t n, int64_t m) {
    for (int64_t i = 0; i < n; i++) m = a[i] > m ? a[i] : m;
    return m;
}

/* Elementwise loops: one line each, generated, so that every op has the same shape. */
#define GILKIT_BINOP(name, T, expr) \
    static void FN(name)(const T *a, const T *b, T *o, int64_t n) { \
        for (int64_t i = 0; i < n; i++) o[i] = expr; \
    }
#define GILKIT_SBINOP(name, T, expr) \
    static void FN(name)(const T *a, T s, T *o, int64_t n) { \
        for (int64_t i = 0; i < n; i++) o[i] = expr; \
    }
GILKIT_BINOP(add_f64, double, a[i] + b[i])
GILKIT_BINOP(sub_f64, double, a[i] - b[i])
GILKIT_BINOP(mul_f64, double, a[i] * b[i])
GILKIT_BINOP(div_f64, double, a[i] / b[i])
GILKIT_SBINOP(add_scalar_f64, double, a[i] + s)
GILKIT_SBINOP(sub_scalar_f64, double, a[i] - s)
GILKIT_SBINOP(rsub_scalar_f64, double, s - a[i])
GILKIT_SBINOP(mul_scalar_f64, double, a[i] * s)
GILKIT_SBINOP(div_scalar_f64, double, a[i] / s)
GILKIT_SBINOP(rdiv_scalar_f64, double, s / a[i])
/* int64 arithmetic wraps, as NumPy's does; unsigned casts keep it defined behaviour in C. */
GILKIT_BINOP(add_i64, int64_t, (int64_t)((uint64_t)a[i] + (uint64_t)b[i]))
GILKIT_BINOP(sub_i64, int64_t, (int64_t)((uint64_t)a[i] - (uint64_t)b[i]))
GILKIT_BINOP(mul_i64, int64_t, (int64_t)((uint64_t)a[i] * (uint64_t)b[i]))
GILKIT_SBINOP(add_scalar_i64, int64_t, (int64_t)((uint64_t)a[i] + (uint64_t)s))
GILKIT_SBINOP(sub_scalar_i64, int64_t, (int64_t)((uint64_t)a[i] - (uint64_t)s))
GILKIT_SBINOP(rsub_scalar_i64, int64_t, (int64_t)((uint64_t)s - (uint64_t)a[i]))
GILKIT_SBINOP(mul_scalar_i64, int64_t, (int64_t)((uint64_t)a[i] * (uint64_t)s))
#undef GILKIT_BINOP
#undef GILKIT_SBINOP

static void FN(axpy_f64)(double alpha, const double *x, double *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) y[i] += alpha * x[i];
}

/* sqrt vectorizes to vsqrtpd because array_math.c is compiled without errno for math calls. */
static void FN(sqrt_f64)(const double *a, double *o, int64_t n) {
    for (int64_t i = 0; i < n; i++) o[i] = __builtin_sqrt(a[i]);
}

static void FN(fill_f64)(double *a, int64_t n, double v) {
    for (int64_t i = 0; i < n; i++) a[i] = v;
}

static void FN(fill_i64)(int64_t *a, int64_t n, int64_t v) {
    for (int64_t i = 0; i < n; i++) a[i] = v;
}

/*
 * Matrix product micro-kernel: C[0..mr)[0..nr) += Ap * Bp over kc steps, where Ap is a packed
 * MR-row panel (MR values per step) and Bp a packed NR-column panel (NR values per step), both
 * zero-padded. The 6x8 tile keeps 12 accumulators + 2 B vectors + 1 broadcast in the 16 ymm
 * registers, so the AVX2 loop does 12 FMAs per 2 loads (the BLIS Haswell shape).
 */
static void FN(gemm_micro)(int64_t kc, const double *Ap, const double *Bp, double *C, int64_t ldc,
                           int mr, int nr) {
    v4d c00 = {0}, c01 = {0}, c10 = {0}, c11 = {0}, c20 = {0}, c21 = {0};
    v4d c30 = {0}, c31 = {0}, c40 = {0}, c41 = {0}, c50 = {0}, c51 = {0};
    for (int64_t p = 0; p < kc; p++, Ap += GEMM_MR, Bp += GEMM_NR) {
        v4d b0 = *(const v4d *)Bp, b1 = *(const v4d *)(Bp + 4), x;
        x = (v4d){Ap[0], Ap[0], Ap[0], Ap[0]}; c00 += x * b0; c01 += x * b1;
        x = (v4d){Ap[1], Ap[1], Ap[1], Ap[1]}; c10 += x * b0; c11 += x * b1;
        x = (v4d){Ap[2], Ap[2], Ap[2], Ap[2]}; c20 += x * b0; c21 += x * b1;
        x = (v4d){Ap[3], Ap[3], Ap[3], Ap[3]}; c30 += x * b0; c31 += x * b1;
        x = (v4d){Ap[4], Ap[4], Ap[4], Ap[4]}; c40 += x * b0; c41 += x * b1;
        x = (v4d){Ap[5], Ap[5], Ap[5], Ap[5]}; c50 += x * b0; c51 += x * b1;
    }
    v4d acc[GEMM_MR][2] = {{c00, c01}, {c10, c11}, {c20, c21}, {c30, c31}, {c40, c41}, {c50, c51}};
    if (mr == GEMM_MR && nr == GEMM_NR) {
        for (int r = 0; r < GEMM_MR; r++) {
            *(v4du *)(C + r * ldc) += acc[r][0];
            *(v4du *)(C + r * ldc + 4) += acc[r][1];
        }
        return;
    }
    for (int r = 0; r < mr; r++)
        for (int c = 0; c < nr; c++) C[r * ldc + c] += acc[r][c / 4][c % 4];
}

/*
 * C (m x n) += A (m x k) * B (k x n), all row-major and contiguous, with the Goto/BLIS loop
 * nest: a KC x NC slab of B is packed once and reused by every MC-row block of A (packed into
 * L2-sized panels); the cancel flag is polled once per A block (a few ms of work at most).
 */
static int FN(gemm)(const double *A, const double *B, double *C, int64_t m, int64_t k, int64_t n,
                    double *Apack, double *Bpack) {
    for (int64_t jc = 0; jc < n; jc += GEMM_NC) {
        int64_t nc = n - jc < GEMM_NC ? n - jc : GEMM_NC;
        for (int64_t pc = 0; pc < k; pc += GEMM_KC) {
            int64_t kc = k - pc < GEMM_KC ? k - pc : GEMM_KC;
            pack_b(B + pc * n + jc, n, kc, nc, Bpack);
            for (int64_t ic = 0; ic < m; ic += GEMM_MC) {
                int64_t mc = m - ic < GEMM_MC ? m - ic : GEMM_MC;
                if (gilkit_cancel_requested()) return GILKIT_ECANCELLED;
                pack_a(A + ic * k + pc, k, mc, kc, Apack);
                for (int64_t jr = 0; jr < nc; jr += GEMM_NR) {
                    int nr = (int)(nc - jr < GEMM_NR ? nc - jr : GEMM_NR);
                    for (int64_t ir = 0; ir < mc; ir += GEMM_MR) {
                        int mr = (int)(mc - ir < GEMM_MR ? mc - ir : GEMM_MR);
                        FN(gemm_micro)(kc, Apack + ir * kc, Bpack + jr * kc, C + (ic + ir) * n + jc + jr, n, mr, nr);
                    }
                }
            }
        }
    }
    return GILKIT_OK;
}

/* int64 -> float64; in place is impossible (different types), so no overlap check is needed. */
static void FN(i64_to_f64)(const int64_t *a, double *o, int64_t n) {
    for (int64_t i = 0; i < n; i++) o[i] = (double)a[i];
}
