/*
 * gilkit/array_math.h - array kernels on contiguous float64 and int64 data.
 *
 * Every function follows the kernel convention of gilkit/kernel.h: called with the lock held,
 * `policy` is GILKIT_RELEASE_AUTO/ALWAYS/NEVER, the result goes through out-pointers, and the
 * return is GILKIT_OK, GILKIT_EINVAL (NULL pointer with n > 0, n < 0, n too large, bad policy),
 * GILKIT_ENOMEM (matmul's packing buffers) or GILKIT_ECANCELLED (polled every
 * GILKIT_CANCEL_POLL_BYTES; outputs are then partially written). `n == 0` => pointers may be NULL.
 * Pointers need only the element type's natural alignment. Outputs may be the same array as an
 * input (in place); other overlaps are undefined. Each function runs on the calling thread only;
 * parallelism comes from several interpreter threads calling kernels with the lock released.
 *
 * Order of floating-point operations, for results compared with a tolerance:
 *  - sum and dot: the input is cut into blocks of GILKIT_SUM_BLOCK elements. In a block, element
 *    i is added into lane i % 16 of 16 running sums (vector registers), the lanes are combined
 *    by a fixed tree, and the < 16 leftover elements are added in order and then to the block
 *    sum. Block sums are combined pairwise (a binary carry tree over the blocks, left to right).
 *    The error grows like (GILKIT_SUM_BLOCK/16 + log2(n/GILKIT_SUM_BLOCK)) * eps * sum|a|, as in
 *    NumPy's pairwise sum. sum's result is the same bit for bit in the AVX2 and the portable
 *    implementation; dot may differ in the last bits, because AVX2 fuses multiply and add.
 *  - min/max: NaN propagates (any NaN => NaN). argmax: the index of the first maximum, or of the
 *    first NaN if there is one (NumPy's rule); it reads the array twice.
 *  - int64 arithmetic wraps around (two's complement), as NumPy's does.
 *  - matmul: each C element is a sum over k in blocks of GILKIT_GEMM_KC, each block in order.
 */
#ifndef GILKIT_ARRAY_MATH_H
#define GILKIT_ARRAY_MATH_H

#include <stdint.h>

#include "gilkit/gil.h"
#include "gilkit/kernel.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GILKIT_SUM_BLOCK 1024 /**< elements per pairwise-sum leaf (see the order notes above) */
#define GILKIT_GEMM_KC 256    /**< matmul's k blocking */

/** *out = a[0] + ... + a[n-1] (0.0 for n == 0), in the documented order. Kernel SUM. */
GILKIT_API int gilkit_sum_f64(const double *a, int64_t n, double *out, int policy);
/** *out = wrapping sum of a[0..n). Kernel SUM. */
GILKIT_API int gilkit_sum_i64(const int64_t *a, int64_t n, int64_t *out, int policy);
/** *out = sum of a[i] * b[i], in sum's order. Kernel DOT. */
GILKIT_API int gilkit_dot_f64(const double *a, const double *b, int64_t n, double *out, int policy);

/** out[i] = a[i] op b[i]. Kernel BINOP. */
GILKIT_API int gilkit_add_f64(const double *a, const double *b, double *out, int64_t n, int policy);
GILKIT_API int gilkit_sub_f64(const double *a, const double *b, double *out, int64_t n, int policy);
GILKIT_API int gilkit_mul_f64(const double *a, const double *b, double *out, int64_t n, int policy);
GILKIT_API int gilkit_div_f64(const double *a, const double *b, double *out, int64_t n, int policy);
GILKIT_API int gilkit_add_i64(const int64_t *a, const int64_t *b, int64_t *out, int64_t n, int policy);
GILKIT_API int gilkit_sub_i64(const int64_t *a, const int64_t *b, int64_t *out, int64_t n, int policy);
GILKIT_API int gilkit_mul_i64(const int64_t *a, const int64_t *b, int64_t *out, int64_t n, int policy);

/** out[i] = a[i] op s; the r* forms compute s op a[i] (NumPy's `s - a`, `s / a`). Kernel BINOP. */
GILKIT_API int gilkit_add_scalar_f64(const double *a, double s, double *out, int64_t n, int policy);
GILKIT_API int gilkit_sub_scalar_f64(const double *a, double s, double *out, int64_t n, int policy);
GILKIT_API int gilkit_rsub_scalar_f64(const double *a, double s, double *out, int64_t n, int policy);
GILKIT_API int gilkit_mul_scalar_f64(const double *a, double s, double *out, int64_t n, int policy);
GILKIT_API int gilkit_div_scalar_f64(const double *a, double s, double *out, int64_t n, int policy);
GILKIT_API int gilkit_rdiv_scalar_f64(const double *a, double s, double *out, int64_t n, int policy);
GILKIT_API int gilkit_add_scalar_i64(const int64_t *a, int64_t s, int64_t *out, int64_t n, int policy);
GILKIT_API int gilkit_sub_scalar_i64(const int64_t *a, int64_t s, int64_t *out, int64_t n, int policy);
GILKIT_API int gilkit_rsub_scalar_i64(const int64_t *a, int64_t s, int64_t *out, int64_t n, int policy);
GILKIT_API int gilkit_mul_scalar_i64(const int64_t *a, int64_t s, int64_t *out, int64_t n, int policy);

/** y[i] += alpha * x[i] (BLAS daxpy). Kernel AXPY. */
GILKIT_API int gilkit_axpy_f64(double alpha, const double *x, double *y, int64_t n, int policy);
/** x[i] *= alpha, in place (BLAS dscal). Kernel AXPY. */
GILKIT_API int gilkit_scale_f64(double alpha, double *x, int64_t n, int policy);

/** out[i] = sqrt(a[i]) (NaN for negatives, errno untouched). Kernel SQRT. */
GILKIT_API int gilkit_sqrt_f64(const double *a, double *out, int64_t n, int policy);
/** out[i] = exp(a[i]) (libm's exp, correctly rounded in practice). Kernel EXP. */
GILKIT_API int gilkit_exp_f64(const double *a, double *out, int64_t n, int policy);

/** *out = smallest / largest element (NaN if any is NaN). @pre n >= 1, else GILKIT_EINVAL. Kernel MINMAX. */
GILKIT_API int gilkit_min_f64(const double *a, int64_t n, double *out, int policy);
GILKIT_API int gilkit_max_f64(const double *a, int64_t n, double *out, int policy);
GILKIT_API int gilkit_min_i64(const int64_t *a, int64_t n, int64_t *out, int policy);
GILKIT_API int gilkit_max_i64(const int64_t *a, int64_t n, int64_t *out, int policy);
/** *out = index of the first maximum (first NaN wins). @pre n >= 1. Kernel MINMAX. */
GILKIT_API int gilkit_argmax_f64(const double *a, int64_t n, int64_t *out, int policy);
GILKIT_API int gilkit_argmax_i64(const int64_t *a, int64_t n, int64_t *out, int policy);

/** a[i] = value. Kernel FILL. */
GILKIT_API int gilkit_fill_f64(double *a, int64_t n, double value, int policy);
GILKIT_API int gilkit_fill_i64(int64_t *a, int64_t n, int64_t value, int policy);

/**
 * dst[i * dst_stride] = src[i * src_stride] for i in [0, n): copies 8-byte elements (float64 or
 * int64, bit for bit) between strided layouts, the gather/scatter behind NumPy's slicing views
 * (a[::2], a[::-1], a column of a matrix). Strides are in elements and may be zero or negative;
 * `src` and `dst` point at element 0 of the walk. Source and destination must not overlap unless
 * they are the same layout. Kernel FILL; the threshold applies to 8 * n bytes.
 * @pre n >= 0; the caller checked that every touched element is inside its buffer
 */
GILKIT_API int gilkit_copy_strided64(const void *src, int64_t src_stride, void *dst, int64_t dst_stride, int64_t n,
                                     int policy);

/** out[i] = (double)a[i], rounded to nearest as C and NumPy convert. Kernel BINOP (8 bytes per element). */
GILKIT_API int gilkit_i64_to_f64(const int64_t *a, double *out, int64_t n, int policy);

/**
 * c = a @ b: a is m x k, b is k x n, c is m x n, all row-major and contiguous; c must not overlap
 * a or b. Cache-blocked (Goto/BLIS loop nest, packed panels, a 6x8 AVX2+FMA micro-kernel).
 * Kernel MATMUL; the threshold applies to the bytes of a and b.
 * @pre m, k, n >= 0 (any may be 0: c is then zero-filled or empty)
 * @return GILKIT_ENOMEM if the packing buffers (up to ~2.5 MB, sized to the problem) cannot be allocated
 */
GILKIT_API int gilkit_matmul_f64(const double *a, const double *b, double *c, int64_t m, int64_t k, int64_t n,
                                 int policy);

/** Reductions of gilkit_reduce_axis_f64/_i64 (NumPy's sum, mean, min, max, argmax). */
#define GILKIT_REDUCE_SUM 0
#define GILKIT_REDUCE_MEAN 1
#define GILKIT_REDUCE_MIN 2
#define GILKIT_REDUCE_MAX 3
#define GILKIT_REDUCE_ARGMAX 4

/**
 * One reduction along one axis of a C-contiguous rows x cols matrix, in a single call (one
 * release of the lock for the whole matrix, instead of one kernel call per output element).
 *  - axis 1: out[r] reduces row r (cols elements), with the whole-array kernels' loops, so
 *    out[r] equals gilkit_sum_f64 (min, max, argmax...) of that row bit for bit;
 *  - axis 0: out[c] reduces column c, the rows combined in order (out = row 0, then row 1, ...),
 *    which for sum is NumPy's order on a C-contiguous array (so its sums match bit for bit).
 * `out` holds rows (axis 1) or cols (axis 0) elements: double for SUM/MEAN/MIN/MAX of float64
 * and MEAN of int64, int64_t for ARGMAX and for SUM/MIN/MAX of int64 (wrapping sums).
 * MEAN is the sum divided by the reduced length (NaN for a length of 0; int64 data: the wrapping
 * int64 sum converted to double, exact while |sum| < 2^53). NaN rules as min/max/argmax above.
 * Kernel SUM (SUM, MEAN) or MINMAX (MIN, MAX, ARGMAX); the threshold applies to rows*cols*8 bytes.
 * ARGMAX along axis 0 allocates cols doubles of scratch.
 * @pre rows, cols >= 0; MIN/MAX/ARGMAX need a reduced length >= 1 unless the output is empty
 * @return GILKIT_EINVAL for a bad axis/op/size or a NULL pointer where data is needed,
 *         GILKIT_ENOMEM (axis-0 argmax scratch), GILKIT_ECANCELLED (out partially written)
 */
GILKIT_API int gilkit_reduce_axis_f64(const double *a, int64_t rows, int64_t cols, int axis, int op, void *out,
                                      int policy);
/** gilkit_reduce_axis_f64 for int64 data (and bool stored as int64 0/1). */
GILKIT_API int gilkit_reduce_axis_i64(const int64_t *a, int64_t rows, int64_t cols, int axis, int op, void *out,
                                      int policy);

/*
 * Tiny calls (gilkit/kernel.h "Tiny calls"): the reductions above as functions of primitives
 * that return their result, with policy GILKIT_RELEASE_HOLD_QUIET (lock kept, no trace events).
 * Same results, bit for bit, as the full entry points. For callers that validated the arguments
 * and decided not to release (the Java facades, below the threshold): invalid arguments return
 * NaN (f64 results), 0 (sums and min/max of int64) or -1 (argmax), never crash.
 * Each one's kernel id is that of its full entry point.
 */
GILKIT_API double gilkit_sum_f64_small(const double *a, int64_t n);
GILKIT_API int64_t gilkit_sum_i64_small(const int64_t *a, int64_t n);
GILKIT_API double gilkit_dot_f64_small(const double *a, const double *b, int64_t n);
/** @pre n >= 1 */
GILKIT_API double gilkit_min_f64_small(const double *a, int64_t n);
GILKIT_API double gilkit_max_f64_small(const double *a, int64_t n);
GILKIT_API int64_t gilkit_argmax_f64_small(const double *a, int64_t n);
GILKIT_API int64_t gilkit_min_i64_small(const int64_t *a, int64_t n);
GILKIT_API int64_t gilkit_max_i64_small(const int64_t *a, int64_t n);
GILKIT_API int64_t gilkit_argmax_i64_small(const int64_t *a, int64_t n);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_ARRAY_MATH_H */
