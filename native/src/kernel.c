/* kernel.c - thresholds, names, implementation choice and CPU dispatch shared by all kernels. */
#include <stdatomic.h>

#include "kernel_internal.h"

static const char *const names[GILKIT_KERNEL_COUNT] = {
    "sum", "dot", "binop", "axpy", "sqrt", "exp", "minmax", "fill", "matmul",
    "sha256", "sha1", "md5", "crc32", "crc32c", "xxh64",
};

static const int64_t default_thresholds[GILKIT_KERNEL_COUNT] = {
    GILKIT_THRESHOLD_SUM, GILKIT_THRESHOLD_DOT, GILKIT_THRESHOLD_BINOP, GILKIT_THRESHOLD_AXPY,
    GILKIT_THRESHOLD_SQRT, GILKIT_THRESHOLD_EXP, GILKIT_THRESHOLD_MINMAX, GILKIT_THRESHOLD_FILL,
    GILKIT_THRESHOLD_MATMUL, GILKIT_THRESHOLD_SHA256, GILKIT_THRESHOLD_SHA1, GILKIT_THRESHOLD_MD5,
    GILKIT_THRESHOLD_CRC32, GILKIT_THRESHOLD_CRC32C, GILKIT_THRESHOLD_XXH64,
};

/* Process-wide machine tuning (see kernel.h); relaxed atomics: each value stands alone. */
static _Atomic int64_t thresholds[GILKIT_KERNEL_COUNT] = {
    GILKIT_THRESHOLD_SUM, GILKIT_THRESHOLD_DOT, GILKIT_THRESHOLD_BINOP, GILKIT_THRESHOLD_AXPY,
    GILKIT_THRESHOLD_SQRT, GILKIT_THRESHOLD_EXP, GILKIT_THRESHOLD_MINMAX, GILKIT_THRESHOLD_FILL,
    GILKIT_THRESHOLD_MATMUL, GILKIT_THRESHOLD_SHA256, GILKIT_THRESHOLD_SHA1, GILKIT_THRESHOLD_MD5,
    GILKIT_THRESHOLD_CRC32, GILKIT_THRESHOLD_CRC32C, GILKIT_THRESHOLD_XXH64,
};
_Atomic int gilkit_kernel_impls_[GILKIT_KERNEL_COUNT]; /* GILKIT_IMPL_AUTO (0) or _PORTABLE */
static _Atomic int trace_ids[GILKIT_KERNEL_COUNT]; /* interned trace id + 1; 0 = not yet */

/* Which accelerated path each kernel has, as CPU_* bits (0: portable only). */
static const int accel_needs[GILKIT_KERNEL_COUNT] = {
    CPU_AVX2_FMA, CPU_AVX2_FMA, CPU_AVX2_FMA, CPU_AVX2_FMA, CPU_AVX2_FMA, 0, CPU_AVX2_FMA,
    CPU_AVX2_FMA, CPU_AVX2_FMA, CPU_SHA, 0, 0, 0, CPU_SSE42, 0,
};

int gilkit_cpu_features_;

/* __builtin_cpu_init must run before __builtin_cpu_supports in a constructor (GCC manual). */
__attribute__((constructor)) static void detect_cpu(void) {
    __builtin_cpu_init();
    int f = 0;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) f |= CPU_AVX2_FMA;
    if (__builtin_cpu_supports("sse4.2")) f |= CPU_SSE42;
    /* GCC 12 has no "sha"/"pclmul" names for __builtin_cpu_supports: ask cpuid directly. */
    unsigned a, b, c, d;
    __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    if (c & (1u << 1)) f |= CPU_PCLMUL;
    __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
    if (a >= 7) {
        __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(7), "c"(0));
        if ((b & (1u << 29)) && (f & CPU_SSE42)) f |= CPU_SHA;
    }
    gilkit_cpu_features_ = f;
}

static int valid_id(int id) {
    return id >= 0 && id < GILKIT_KERNEL_COUNT;
}

int gilkit_kernel_set_threshold(int kernel_id, int64_t bytes) {
    if (!valid_id(kernel_id) || bytes < 0) return GILKIT_EINVAL;
    atomic_store_explicit(&thresholds[kernel_id], bytes, memory_order_relaxed);
    return GILKIT_OK;
}

int64_t gilkit_kernel_threshold(int kernel_id) {
    if (!valid_id(kernel_id)) return GILKIT_EINVAL;
    return atomic_load_explicit(&thresholds[kernel_id], memory_order_relaxed);
}

int64_t gilkit_kernel_default_threshold(int kernel_id) {
    return valid_id(kernel_id) ? default_thresholds[kernel_id] : GILKIT_EINVAL;
}

const char *gilkit_kernel_name(int kernel_id) {
    return valid_id(kernel_id) ? names[kernel_id] : (const char *)0;
}

int gilkit_kernel_set_impl(int kernel_id, int impl) {
    if (!valid_id(kernel_id) || (impl != GILKIT_IMPL_AUTO && impl != GILKIT_IMPL_PORTABLE)) return GILKIT_EINVAL;
    atomic_store_explicit(&gilkit_kernel_impls_[kernel_id], impl, memory_order_relaxed);
    return GILKIT_OK;
}

int gilkit_kernel_impl(int kernel_id) {
    if (!valid_id(kernel_id)) return GILKIT_EINVAL;
    return gilkit_kernel_use_accel_(kernel_id, accel_needs[kernel_id]) ? GILKIT_IMPL_ACCEL : GILKIT_IMPL_PORTABLE;
}

int gilkit_kernel_trace_id_(int id) {
    int t = atomic_load_explicit(&trace_ids[id], memory_order_relaxed);
    if (t == 0) {
        /* Racing first calls intern the same name and get the same id: no lock needed. */
        t = gilkit_trace_kernel_id(names[id]) + 1;
        atomic_store_explicit(&trace_ids[id], t, memory_order_relaxed);
    }
    return t - 1;
}
