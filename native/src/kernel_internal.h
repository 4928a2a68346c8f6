/*
 * kernel_internal.h - the shared skeleton of a kernel call (policy, trace events, release,
 * cancellation polls, CPU dispatch). Private to native/src; not part of the API.
 */
#ifndef GILKIT_KERNEL_INTERNAL_H
#define GILKIT_KERNEL_INTERNAL_H

#include <stdatomic.h>
#include <stdint.h>

#include "gilkit/gil.h"
#include "gilkit/kernel.h"
#include "gilkit/trace.h"

/* CPU features, read once by a constructor in kernel.c (hidden, not exported). */
#define CPU_AVX2_FMA 1
#define CPU_SHA 2
#define CPU_SSE42 4
#define CPU_PCLMUL 8
__attribute__((visibility("hidden"))) extern int gilkit_cpu_features_;

/* Per kernel: GILKIT_IMPL_AUTO or GILKIT_IMPL_PORTABLE (hidden, in kernel.c). */
__attribute__((visibility("hidden"))) extern _Atomic int gilkit_kernel_impls_[GILKIT_KERNEL_COUNT];

/* 1 if kernel `id` should run its accelerated path needing `features`. Inline: tiny calls ask. */
static inline int gilkit_kernel_use_accel_(int id, int features) {
    return features != 0 && (gilkit_cpu_features_ & features) == features &&
           atomic_load_explicit(&gilkit_kernel_impls_[id], memory_order_relaxed) == GILKIT_IMPL_AUTO;
}

/* The trace id interned for kernel `id` (hidden, in kernel.c); cached after the first call. */
__attribute__((visibility("hidden"))) int gilkit_kernel_trace_id_(int id);

/*
 * One kernel call: kcall_begin() validates the policy, decides the release and records the begin
 * event; the caller then brackets its loop with GILKIT_BEGIN_ALLOW_THREADS_IF(k.release) ... END
 * and finishes with kcall_end(). Two functions rather than one macro so that the BEGIN/END pair
 * stays visible in every kernel, as gil.h asks.
 */
typedef struct {
    int id;        /* GILKIT_KERNEL_* */
    int64_t bytes; /* input bytes, for the threshold and the trace */
    int release;   /* 1 if the lock is released around the loop */
    int traced;    /* 0 under GILKIT_RELEASE_HOLD_QUIET: no begin/end events */
} kcall;

static inline int kcall_begin(kcall *k, int id, int64_t bytes, int policy) {
    int r = gilkit_kernel_should_release(id, bytes, policy);
    if (r < 0) return r;
    k->id = id;
    k->bytes = bytes;
    k->release = r;
    k->traced = policy != GILKIT_RELEASE_HOLD_QUIET;
    if (k->traced) gilkit_trace_kernel_begin(gilkit_kernel_trace_id_(id), bytes);
    return GILKIT_OK;
}

static inline int kcall_end(const kcall *k, int status) {
    if (k->traced) gilkit_trace_kernel_end(gilkit_kernel_trace_id_(k->id), k->bytes, k->release);
    return status;
}

/* Elements of `elem_size` bytes between two cancellation polls. */
static inline int64_t poll_elems(int64_t elem_size) {
    return GILKIT_CANCEL_POLL_BYTES / elem_size;
}

#endif /* GILKIT_KERNEL_INTERNAL_H */
