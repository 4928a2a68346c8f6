/*
 * ext_registry.c - the registry and the dispatcher of user kernels (gilkit/ext.h).
 *
 * The table is generated: CMake globs native/src/ext/ *.c and writes gilkit_ext_list.h into the
 * build tree, one GILKIT_EXT_ENTRY(NAME) line per file, in file-name order. Adding a kernel file
 * therefore registers it with no hand edit here or in CMakeLists.txt.
 *
 * The dispatcher re-checks everything the Java facade (org.gilkit.kernels.ExtKernel) checks, so
 * a kernel may trust its arguments whoever calls it (the facade, a C test, a future caller), and
 * so that a facade bug ends as GILKIT_EINVAL with a message, never as a wild write.
 */
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "gilkit/ext.h"
#include "gilkit/kernel.h"
#include "gilkit/trace.h"

#define GILKIT_EXT_ENTRY(cname) __attribute__((visibility("hidden"))) extern const gilkit_ext_kernel gilkit_ext_kernel_##cname;
#include "gilkit_ext_list.h"
#undef GILKIT_EXT_ENTRY

typedef struct {
    const char *name;
    const gilkit_ext_kernel *k;
} entry;

#define GILKIT_EXT_ENTRY(cname) {#cname, &gilkit_ext_kernel_##cname},
static const entry table[] = {
#include "gilkit_ext_list.h"
    {0, 0} /* sentinel: the table is never empty, even with no kernel files */
};
#undef GILKIT_EXT_ENTRY

#define COUNT ((int)(sizeof table / sizeof table[0]) - 1)
#define MAX_KERNELS 256

/* Set thresholds + 1 (0: not set, the descriptor's default applies); relaxed: each stands alone. */
static _Atomic int64_t thresholds[MAX_KERNELS];
static _Atomic int trace_ids[MAX_KERNELS]; /* interned trace id + 1; 0 = not yet */

_Static_assert(GILKIT_RELEASE_AUTO == 0 && GILKIT_RELEASE_NEVER == 2, "policy codes as in kernel.h");

static const gilkit_ext_kernel *kernel(int id) {
    return id >= 0 && id < COUNT && id < MAX_KERNELS ? table[id].k : NULL;
}

static const gilkit_ext_param *param(int id, int p) {
    const gilkit_ext_kernel *k = kernel(id);
    return k != NULL && p >= 0 && p < k->n_params ? &k->params[p] : NULL;
}

static int is_buffer(int kind) {
    return kind == GILKIT_EXT_KIND_IN || kind == GILKIT_EXT_KIND_OUT || kind == GILKIT_EXT_KIND_INOUT;
}

static int64_t elem_size(int dtype) {
    return dtype == GILKIT_DTYPE_U8 ? 1 : 8;
}

/* ---- registry queries -------------------------------------------------------------------- */

int gilkit_ext_count(void) {
    return COUNT;
}

int gilkit_ext_find(const char *name) {
    if (name == NULL) return GILKIT_EINVAL;
    for (int i = 0; i < COUNT; i++)
        if (strcmp(table[i].name, name) == 0) return i;
    return GILKIT_EINVAL;
}

const char *gilkit_ext_name(int id) {
    return kernel(id) ? table[id].name : NULL;
}

const char *gilkit_ext_doc(int id) {
    const gilkit_ext_kernel *k = kernel(id);
    return k == NULL ? NULL : k->doc ? k->doc : "";
}

const char *gilkit_ext_work_rule(int id) {
    const gilkit_ext_kernel *k = kernel(id);
    return k == NULL ? NULL : k->work ? k->work : "";
}

int gilkit_ext_param_count(int id) {
    const gilkit_ext_kernel *k = kernel(id);
    return k ? k->n_params : GILKIT_EINVAL;
}

const char *gilkit_ext_param_name(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q ? q->name : NULL;
}

int gilkit_ext_param_kind(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q ? q->kind : GILKIT_EINVAL;
}

int gilkit_ext_param_dtype(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q ? (is_buffer(q->kind) ? q->dtype : -1) : GILKIT_EINVAL;
}

const char *gilkit_ext_param_size(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q == NULL ? NULL : q->size ? q->size : "";
}

const char *gilkit_ext_param_doc(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q == NULL ? NULL : q->doc ? q->doc : "";
}

int64_t gilkit_ext_param_min(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q && q->kind == GILKIT_EXT_KIND_INT ? q->min : 0;
}

int64_t gilkit_ext_param_max(int id, int p) {
    const gilkit_ext_param *q = param(id, p);
    return q && q->kind == GILKIT_EXT_KIND_INT ? q->max : 0;
}

int64_t gilkit_ext_threshold(int id) {
    const gilkit_ext_kernel *k = kernel(id);
    if (k == NULL) return GILKIT_EINVAL;
    int64_t t = atomic_load_explicit(&thresholds[id], memory_order_relaxed);
    return t == 0 ? k->threshold : t - 1;
}

int64_t gilkit_ext_default_threshold(int id) {
    const gilkit_ext_kernel *k = kernel(id);
    return k ? k->threshold : GILKIT_EINVAL;
}

int gilkit_ext_set_threshold(int id, int64_t work) {
    if (kernel(id) == NULL || work < 0 || work == INT64_MAX) return GILKIT_EINVAL;
    atomic_store_explicit(&thresholds[id], work + 1, memory_order_relaxed);
    return GILKIT_OK;
}

/* ---- errors ------------------------------------------------------------------------------ */

static int vfail(char *buf, int cap, int code, const char *fmt, va_list ap) {
    if (buf != NULL && cap > 0) vsnprintf(buf, (size_t)cap, fmt, ap);
    return code;
}

int gilkit_ext_fail(const gilkit_ext_call *call, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(call ? call->error : NULL, GILKIT_EXT_ERROR_CAP, GILKIT_EXT_EVALUE, fmt, ap);
    va_end(ap);
    return GILKIT_EXT_EVALUE;
}

typedef struct {
    char *buf;
    int cap;
} errbuf;

__attribute__((format(printf, 2, 3))) static int einval(errbuf e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(e.buf, e.cap, GILKIT_EINVAL, fmt, ap);
    va_end(ap);
    return GILKIT_EINVAL;
}

/* ---- size rules -------------------------------------------------------------------------- */

/* The value of one term of a rule: a number, an INT's value or a buffer's length; -1 if none. */
static int64_t term_value(const gilkit_ext_kernel *k, const gilkit_ext_call *c, const char *t, size_t len) {
    if (len == 0) return -1;
    if (t[0] >= '0' && t[0] <= '9') {
        int64_t v = 0;
        for (size_t i = 0; i < len; i++) {
            if (t[i] < '0' || t[i] > '9' || __builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, t[i] - '0', &v))
                return -1;
        }
        return v;
    }
    for (int p = 0; p < k->n_params; p++) {
        const gilkit_ext_param *q = &k->params[p];
        if (strlen(q->name) != len || strncmp(q->name, t, len) != 0) continue;
        if (q->kind == GILKIT_EXT_KIND_INT) return c->arg[p].i;
        if (is_buffer(q->kind)) return c->arg[p].len;
        return -1;
    }
    return -1;
}

/* Evaluates a rule; -1 if it is malformed, names an unknown or float parameter, or overflows. */
static int64_t eval_rule(const gilkit_ext_kernel *k, const gilkit_ext_call *c, const char *rule) {
    int64_t r = 1;
    for (const char *t = rule;;) {
        const char *star = strchr(t, '*');
        size_t len = star ? (size_t)(star - t) : strlen(t);
        int64_t v = term_value(k, c, t, len);
        if (v < 0 || __builtin_mul_overflow(r, v, &r)) return -1;
        if (star == NULL) return r;
        t = star + 1;
    }
}

/* ---- argument checks --------------------------------------------------------------------- */

static int load_buffer(const gilkit_ext_param *q, const int64_t *s, gilkit_ext_arg *a, errbuf e, const char *kn) {
    a->data = (void *)(intptr_t)s[0];
    a->len = s[1];
    if (q->dtype < GILKIT_DTYPE_U8 || q->dtype > GILKIT_DTYPE_F64)
        return einval(e, "%s: parameter '%s' has an unknown dtype %d", kn, q->name, q->dtype);
    if (a->len < 0 || a->len > INT64_MAX / 8)
        return einval(e, "%s: buffer '%s' has a bad length %lld", kn, q->name, (long long)a->len);
    if (a->len > 0 && a->data == NULL) return einval(e, "%s: buffer '%s' is NULL", kn, q->name);
    if (elem_size(q->dtype) == 8 && ((uintptr_t)a->data & 7) != 0)
        return einval(e, "%s: buffer '%s' is not 8-byte aligned", kn, q->name);
    return GILKIT_OK;
}

static int load_scalar(const gilkit_ext_param *q, const int64_t *s, gilkit_ext_arg *a, errbuf e, const char *kn) {
    if (q->kind == GILKIT_EXT_KIND_INT) {
        a->i = s[0];
        if (a->i < q->min || a->i > q->max)
            return einval(e, "%s: parameter '%s' must be in [%lld, %lld], got %lld", kn, q->name, (long long)q->min,
                          (long long)q->max, (long long)a->i);
        return GILKIT_OK;
    }
    if (q->kind != GILKIT_EXT_KIND_FLOAT) return einval(e, "%s: parameter '%s' has an unknown kind %d", kn, q->name, q->kind);
    memcpy(&a->f, &s[0], sizeof a->f);
    if (!isfinite(a->f)) return einval(e, "%s: parameter '%s' must be finite", kn, q->name);
    return GILKIT_OK;
}

static int overlaps(const gilkit_ext_arg *a, int64_t asz, const gilkit_ext_arg *b, int64_t bsz) {
    uintptr_t a0 = (uintptr_t)a->data, b0 = (uintptr_t)b->data;
    return a->len > 0 && b->len > 0 && a0 < b0 + (uintptr_t)(b->len * bsz) && b0 < a0 + (uintptr_t)(a->len * asz);
}

/* Size rules and aliasing: run after every argument is loaded, since rules refer to others. */
static int check_buffers(const gilkit_ext_kernel *k, const gilkit_ext_call *c, errbuf e, const char *kn) {
    for (int p = 0; p < k->n_params; p++) {
        const gilkit_ext_param *q = &k->params[p];
        if (!is_buffer(q->kind)) continue;
        if (q->size != NULL) {
            int64_t want = eval_rule(k, c, q->size);
            if (want < 0) return einval(e, "%s: the size rule '%s' of '%s' cannot be evaluated", kn, q->size, q->name);
            if (want != c->arg[p].len)
                return einval(e, "%s: buffer '%s' must have %s = %lld elements, got %lld", kn, q->name, q->size,
                              (long long)want, (long long)c->arg[p].len);
        }
        if (q->kind == GILKIT_EXT_KIND_IN) continue;
        for (int o = 0; o < k->n_params; o++) {
            const gilkit_ext_param *r = &k->params[o];
            if (o != p && is_buffer(r->kind) && overlaps(&c->arg[p], elem_size(q->dtype), &c->arg[o], elem_size(r->dtype)))
                return einval(e, "%s: output buffer '%s' overlaps buffer '%s'", kn, q->name, r->name);
        }
    }
    return GILKIT_OK;
}

static int64_t work_of(const gilkit_ext_kernel *k, const gilkit_ext_call *c) {
    if (k->work != NULL) return eval_rule(k, c, k->work);
    int64_t bytes = 0;
    for (int p = 0; p < k->n_params; p++)
        if (is_buffer(k->params[p].kind)) bytes += c->arg[p].len * elem_size(k->params[p].dtype);
    return bytes;
}

static int load_call(int id, const int64_t *slots, int n_slots, gilkit_ext_call *c, errbuf e) {
    const gilkit_ext_kernel *k = kernel(id);
    if (k == NULL) return einval(e, "no user kernel has id %d", id);
    const char *kn = table[id].name;
    if (k->n_params < 0 || k->n_params > GILKIT_EXT_MAX_PARAMS || (k->n_params > 0 && k->params == NULL) || k->fn == NULL)
        return einval(e, "%s: the descriptor is malformed", kn);
    if (n_slots != 2 * k->n_params || (n_slots > 0 && slots == NULL))
        return einval(e, "%s: expected %d argument slots, got %d", kn, 2 * k->n_params, n_slots);
    c->kernel = k;
    c->name = kn;
    for (int p = 0; p < k->n_params; p++) {
        const gilkit_ext_param *q = &k->params[p];
        int st = is_buffer(q->kind) ? load_buffer(q, slots + 2 * p, &c->arg[p], e, kn)
                                    : load_scalar(q, slots + 2 * p, &c->arg[p], e, kn);
        if (st != GILKIT_OK) return st;
    }
    int st = check_buffers(k, c, e, kn);
    if (st != GILKIT_OK) return st;
    c->work = work_of(k, c);
    if (c->work < 0) return einval(e, "%s: the work rule '%s' cannot be evaluated", kn, k->work);
    return GILKIT_OK;
}

/* The trace id of "ext.NAME", interned on first use; racing first calls intern the same name. */
static int trace_id(int id) {
    int t = atomic_load_explicit(&trace_ids[id], memory_order_relaxed);
    if (t == 0) {
        char name[64];
        snprintf(name, sizeof name, "ext.%s", table[id].name);
        t = gilkit_trace_kernel_id(name) + 1;
        atomic_store_explicit(&trace_ids[id], t, memory_order_relaxed);
    }
    return t - 1;
}

int gilkit_ext_invoke(int id, const int64_t *slots, int n_slots, int policy, char *error, int error_cap) {
    errbuf e = {error, error_cap};
    if (error != NULL && error_cap > 0) error[0] = '\0';
    if (policy < GILKIT_RELEASE_AUTO || policy > GILKIT_RELEASE_NEVER) return einval(e, "unknown release policy %d", policy);
    char own_error[GILKIT_EXT_ERROR_CAP];
    gilkit_ext_call c;
    memset(&c, 0, sizeof c);
    int st = load_call(id, slots, n_slots, &c, e);
    if (st != GILKIT_OK) return st;
    own_error[0] = '\0';
    c.error = own_error;
    c.policy = policy;
    c.release = policy == GILKIT_RELEASE_ALWAYS || (policy == GILKIT_RELEASE_AUTO && c.work >= gilkit_ext_threshold(id));
    int tid = trace_id(id);
    gilkit_trace_kernel_begin(tid, c.work);
    st = c.kernel->fn(&c);
    gilkit_trace_kernel_end(tid, c.work, c.release);
    if (st != GILKIT_OK && error != NULL && error_cap > 0) {
        if (own_error[0] == '\0') snprintf(error, (size_t)error_cap, "%s: %s", c.name, gilkit_strerror(st));
        else snprintf(error, (size_t)error_cap, "%s: %s", c.name, own_error);
    }
    return st;
}
