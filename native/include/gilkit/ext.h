/*
 * gilkit/ext.h - user kernels: the ABI a C function implements to become callable from Java and
 * Python (gilkit.ext), releasing the lock, with no per-kernel binding, facade or module code.
 *
 * A user kernel is one file native/src/ext/NAME.c (`gilkit new-kernel NAME` writes its skeleton)
 * that defines
 *  - a function `static int NAME(const gilkit_ext_call *call)`: the kernel;
 *  - a parameter schema: an array of gilkit_ext_param built with the GILKIT_EXT_IN/OUT/INOUT/
 *    INT/FLOAT macros below (names, dtypes, size rules, ranges), in the order callers pass them;
 *  - its descriptor `GILKIT_EXT_KERNEL(NAME) = { .fn = NAME, .params = ..., ... };`.
 * CMake globs native/src/ext/ *.c and generates the registry list from the file names, so the
 * file name, the C identifier in GILKIT_EXT_KERNEL() and the Python name are one and the same.
 *
 * Calling convention (the dispatcher gilkit_ext_invoke() does the generic part):
 *  - the dispatcher is called with the lock held (or from a thread without a tstate: C tests);
 *  - it validates every argument against the schema (non-NULL data for non-empty buffers, dtype
 *    alignment, sizes equal to their size rules, ints in range, finite floats, outputs that
 *    overlap no other buffer) and returns GILKIT_EINVAL without calling the kernel otherwise,
 *    so the kernel may trust its arguments;
 *  - it computes the call's work (the descriptor's `work` rule, or the bytes of all buffers),
 *    decides `call->release` from the policy (AUTO: work >= the kernel's threshold; ALWAYS: 1;
 *    NEVER: 0) and records GILKIT_EV_KERNEL_BEGIN/END trace events named "ext.NAME";
 *  - the kernel brackets its loop with GILKIT_BEGIN_ALLOW_THREADS_IF(call->release) ...
 *    GILKIT_END_ALLOW_THREADS (gilkit/gil.h), polls gilkit_cancel_requested() every few
 *    milliseconds of work inside the block, and returns GILKIT_OK, GILKIT_ECANCELLED, or the
 *    value of gilkit_ext_fail() for a data-dependent error it finds (e.g. a NaN it cannot bin).
 *
 * Thresholds are process-wide machine tuning, as in gilkit/kernel.h: atomics, settable anytime.
 */
#ifndef GILKIT_EXT_H
#define GILKIT_EXT_H

#include <stdint.h>
#include <string.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameter kinds. */
#define GILKIT_EXT_KIND_IN 0    /**< input buffer, read only */
#define GILKIT_EXT_KIND_OUT 1   /**< output buffer, written; Java/Python allocate it if not given */
#define GILKIT_EXT_KIND_INOUT 2 /**< buffer read and written in place */
#define GILKIT_EXT_KIND_INT 3   /**< int64 scalar */
#define GILKIT_EXT_KIND_FLOAT 4 /**< float64 scalar, always finite */

/** Buffer element types (dtypes). */
#define GILKIT_DTYPE_U8 0  /**< bytes (uint8_t): Python bytes/bytearray */
#define GILKIT_DTYPE_I64 1 /**< int64_t, 8-byte aligned */
#define GILKIT_DTYPE_F64 2 /**< double, 8-byte aligned */

/** Most parameters one kernel may declare. */
#define GILKIT_EXT_MAX_PARAMS 16

/** Bytes of the error message buffer of a call (gilkit_ext_fail()), including the NUL. */
#define GILKIT_EXT_ERROR_CAP 160

/** A kernel's data-dependent error (set with gilkit_ext_fail()): Java IllegalArgumentException, Python ValueError. */
#define GILKIT_EXT_EVALUE (-100)

/**
 * One parameter of a kernel's schema. Build them with the macros below, not by hand.
 * `size` is a size rule: a product of terms separated by '*', each a decimal number, the name of
 * an INT parameter (its value) or the name of a buffer parameter (its length in elements), e.g.
 * "width*rows", "bins", "x", "2*n". NULL means any length (including 0). A buffer's length must
 * equal its rule; an OUT buffer that a Java/Python caller leaves out is allocated with it.
 */
typedef struct {
    const char *name; /**< a C/Python identifier, unique in the schema, never "policy" */
    int kind;         /**< GILKIT_EXT_KIND_* */
    int dtype;        /**< buffers: GILKIT_DTYPE_*; scalars: -1 */
    const char *size; /**< buffers: size rule or NULL; scalars: NULL */
    int64_t min, max; /**< INT: inclusive range; others: 0 */
    const char *doc;  /**< one line for help texts and the Python docstring */
} gilkit_ext_param;

#define GILKIT_EXT_IN(name, dtype, size, doc) {name, GILKIT_EXT_KIND_IN, dtype, size, 0, 0, doc}
#define GILKIT_EXT_OUT(name, dtype, size, doc) {name, GILKIT_EXT_KIND_OUT, dtype, size, 0, 0, doc}
#define GILKIT_EXT_INOUT(name, dtype, size, doc) {name, GILKIT_EXT_KIND_INOUT, dtype, size, 0, 0, doc}
#define GILKIT_EXT_INT(name, min, max, doc) {name, GILKIT_EXT_KIND_INT, -1, 0, min, max, doc}
#define GILKIT_EXT_FLOAT(name, doc) {name, GILKIT_EXT_KIND_FLOAT, -1, 0, 0, 0, doc}

/** One argument as the kernel sees it, at the index of its parameter in the schema. */
typedef struct {
    union {
        void *data;       /**< buffers: first element; NULL only if len == 0 */
        const void *cdata;
        uint8_t *u8;
        int64_t *i64;
        double *f64;
    };
    int64_t len; /**< buffers: length in elements */
    int64_t i;   /**< INT: the value */
    double f;    /**< FLOAT: the value */
} gilkit_ext_arg;

struct gilkit_ext_kernel;

/** What a kernel receives: validated arguments and the release decision. */
typedef struct {
    const struct gilkit_ext_kernel *kernel;
    const char *name;      /**< the kernel's name */
    gilkit_ext_arg arg[GILKIT_EXT_MAX_PARAMS]; /**< by schema index (use an enum of the indexes) */
    int64_t work;          /**< the call's work (work rule or bytes), what AUTO compared */
    int release;           /**< 1: release around the loop (GILKIT_BEGIN_ALLOW_THREADS_IF(call->release)) */
    int policy;            /**< the caller's GILKIT_RELEASE_* */
    char *error;           /**< GILKIT_EXT_ERROR_CAP bytes for gilkit_ext_fail(); write only through it */
} gilkit_ext_call;

/** The descriptor of a kernel, defined with GILKIT_EXT_KERNEL(NAME) in native/src/ext/NAME.c. */
typedef struct gilkit_ext_kernel {
    int (*fn)(const gilkit_ext_call *call); /**< the kernel */
    const gilkit_ext_param *params;         /**< the schema */
    int n_params;                           /**< GILKIT_EXT_COUNT(params), <= GILKIT_EXT_MAX_PARAMS */
    int64_t threshold;                      /**< default AUTO threshold, in units of `work` */
    const char *work;                       /**< size rule of the work, or NULL: bytes of all buffers */
    const char *doc;                        /**< one line: what the kernel computes */
} gilkit_ext_kernel;

/** Elements of a static array (for .n_params). */
#define GILKIT_EXT_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/**
 * Defines the descriptor of kernel `cname` (which must be the file's name without ".c"). Hidden:
 * only the generated registry refers to it; it is not exported from libgilkit.so.
 */
#define GILKIT_EXT_KERNEL(cname) \
    __attribute__((visibility("hidden"))) extern const gilkit_ext_kernel gilkit_ext_kernel_##cname; \
    const gilkit_ext_kernel gilkit_ext_kernel_##cname

/**
 * Records a data-dependent error message for the caller (printf-style, truncated to fit) and
 * returns GILKIT_EXT_EVALUE, so a kernel can `st = gilkit_ext_fail(call, "...", ...)`. Call it
 * after GILKIT_END_ALLOW_THREADS or inside the block: it touches only the call's own buffer.
 */
GILKIT_API int gilkit_ext_fail(const gilkit_ext_call *call, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- the registry (what Java and Python query at run time) ------------------------------- */

/** @return the number of registered kernels; ids are 0 .. count-1, sorted by name. */
GILKIT_API int gilkit_ext_count(void);

/** @return the id of the kernel called `name`, or GILKIT_EINVAL if there is none (or NULL). */
GILKIT_API int gilkit_ext_find(const char *name);

/** @return the kernel's name, or NULL for a bad id. */
GILKIT_API const char *gilkit_ext_name(int id);

/** @return the kernel's one-line doc ("" if none), or NULL for a bad id. */
GILKIT_API const char *gilkit_ext_doc(int id);

/** @return the kernel's work rule, "" when it is the bytes of all buffers, or NULL for a bad id. */
GILKIT_API const char *gilkit_ext_work_rule(int id);

/** @return the number of parameters, or GILKIT_EINVAL for a bad id. */
GILKIT_API int gilkit_ext_param_count(int id);

/** @return parameter `p`'s name, or NULL for a bad id/index. */
GILKIT_API const char *gilkit_ext_param_name(int id, int p);

/** @return parameter `p`'s GILKIT_EXT_KIND_*, or GILKIT_EINVAL. */
GILKIT_API int gilkit_ext_param_kind(int id, int p);

/** @return parameter `p`'s GILKIT_DTYPE_* (-1 for scalars), or GILKIT_EINVAL for a bad id/index. */
GILKIT_API int gilkit_ext_param_dtype(int id, int p);

/** @return parameter `p`'s size rule ("" for none), or NULL for a bad id/index. */
GILKIT_API const char *gilkit_ext_param_size(int id, int p);

/** @return parameter `p`'s one-line doc ("" if none), or NULL for a bad id/index. */
GILKIT_API const char *gilkit_ext_param_doc(int id, int p);

/** @return an INT parameter's inclusive minimum (0 for others; 0 for a bad id/index). */
GILKIT_API int64_t gilkit_ext_param_min(int id, int p);

/** @return an INT parameter's inclusive maximum (0 for others; 0 for a bad id/index). */
GILKIT_API int64_t gilkit_ext_param_max(int id, int p);

/** @return the kernel's AUTO threshold in work units, or GILKIT_EINVAL for a bad id. */
GILKIT_API int64_t gilkit_ext_threshold(int id);

/** @return the descriptor's default threshold, or GILKIT_EINVAL for a bad id. */
GILKIT_API int64_t gilkit_ext_default_threshold(int id);

/** Sets the AUTO threshold (0: AUTO always releases). @return GILKIT_OK or GILKIT_EINVAL */
GILKIT_API int gilkit_ext_set_threshold(int id, int64_t work);

/*
 * Argument slots: gilkit_ext_invoke() takes the arguments as two int64 per parameter, in schema
 * order: a buffer is (address, length in elements), an INT is (value, 0), a FLOAT is (the bits of
 * the double, 0). One flat array keeps the JNI call to a single primitive address; the macros
 * write the pairs in C (tests).
 */
#define GILKIT_EXT_SLOT_BUF(ptr, len) (int64_t)(intptr_t)(ptr), (int64_t)(len)
#define GILKIT_EXT_SLOT_INT(v) (int64_t)(v), 0
#define GILKIT_EXT_SLOT_FLOAT(d) gilkit_ext_float_bits(d), 0

/** The bits of a double as an int64 slot. */
static inline int64_t gilkit_ext_float_bits(double d) {
    int64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/**
 * Validates the arguments against kernel `id`'s schema and runs it.
 * @pre called with the lock held, or on a thread without a tstate (then nothing is released)
 * @param slots 2 * n_params int64 (see above); the memory of the buffers must stay valid and
 *        unchanged by others until the call returns (the caller pins it)
 * @param n_slots must be 2 * gilkit_ext_param_count(id)
 * @param policy GILKIT_RELEASE_AUTO / ALWAYS / NEVER
 * @param error NULL, or `error_cap` bytes that receive the NUL-terminated message of a
 *        GILKIT_EXT_EVALUE or of a GILKIT_EINVAL argument error (which argument and why)
 * @return GILKIT_OK, GILKIT_EINVAL (bad id, slots or arguments: the kernel did not run),
 *         GILKIT_ECANCELLED (the lock is held again; outputs partially written),
 *         GILKIT_EXT_EVALUE (the kernel rejected its data), or another code the kernel returned
 */
GILKIT_API int gilkit_ext_invoke(int id, const int64_t *slots, int n_slots, int policy, char *error,
                                 int error_cap);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_EXT_H */
