/* gil_test_util.h - tiny helpers shared by the C tests of the lock (not part of the library). */
#ifndef GIL_TEST_UTIL_H
#define GIL_TEST_UTIL_H

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilkit/gil.h"

static int test_failures;

#define CHECK(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            test_failures++; \
        } \
    } while (0)

#define CHECK_EQ(a, b) \
    do { \
        long long a_ = (long long)(a), b_ = (long long)(b); \
        if (a_ != b_) { \
            fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %lld, %s == %lld\n", __FILE__, __LINE__, #a, a_, #b, b_); \
            test_failures++; \
        } \
    } while (0)

static const char *const policy_names[] = {"new", "legacy", "fifo", "off"};

static void on_watchdog(int sig) {
    (void)sig;
    static const char msg[] = "watchdog: the test took too long (deadlock?)\n";
    (void)!write(2, msg, sizeof msg - 1);
    _exit(3);
}

/* Fails the whole test (exit 3) if it runs longer than `seconds`: a deadlock must not hang CI. */
static void start_watchdog(unsigned seconds) {
    signal(SIGALRM, on_watchdog);
    alarm(seconds);
}

/* The interpreter's check point as a C test performs it (the VM does this in Java). */
static inline int test_checkpoint(gilkit_gil *gil, gilkit_tstate *ts, int *ticks) {
    int policy = gilkit_gil_policy(gil);
    if (policy == GILKIT_POLICY_LEGACY) {
        if (--*ticks > 0) return 0;
        *ticks = gilkit_gil_legacy_ticks(gil);
        return gilkit_gil_checkpoint(ts);
    }
    if (__atomic_load_n(gilkit_gil_eval_breaker(gil), __ATOMIC_ACQUIRE) != 0) return gilkit_gil_checkpoint(ts);
    return 0;
}

static int test_report(const char *name) {
    if (test_failures) fprintf(stderr, "%s: %d check(s) failed\n", name, test_failures);
    else printf("%s: ok\n", name);
    return test_failures ? 1 : 0;
}

#endif
