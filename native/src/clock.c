/*
 * clock.c - the statistics clock's choice and calibration (see clock_internal.h for why it exists).
 *
 * The tick rate is measured, not read from CPUID: leaf 15h is empty on the VMs we run on, and the
 * rate the kernel knows is not exported. Two (ticks, CLOCK_MONOTONIC) pairs are read, one when the
 * library is loaded and one when the first lock is created, at least CALIBRATION_NS apart (the
 * creator sleeps for the rest if needed, once per process). Each pair is the tightest of a few
 * RDTSC / clock_gettime / RDTSC brackets, so a pair is good to about 30 ns and the ratio to a few
 * ppm: a 1 s statistic is off by a few microseconds at most. The ratio is then frozen, so that a
 * statistic read twice never goes backwards because the ratio moved.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gil_internal.h"

#ifdef GILKIT_HAVE_TSC
#include <cpuid.h>
#endif

#define CALIBRATION_NS 10000000LL /* 10 ms between the two pairs */
#define BRACKETS 5                /* brackets per pair; the tightest one is kept */
#define MIN_TICK_HZ 1e7           /* a tick rate outside [10 MHz, 100 GHz] means a broken TSC */
#define MAX_TICK_HZ 1e11

int gilkit_clock_tsc_;

static int64_t base_ticks;        /* the pair read at load; written before any thread uses them */
static int64_t base_ns;
static double ns_per_tick = 1.0;  /* frozen by calibrate() under `once`, read-only afterwards */
static pthread_once_t once = PTHREAD_ONCE_INIT;

#ifdef GILKIT_HAVE_TSC
/* CPUID 8000_0007h EDX bit 8: the TSC ticks at a constant rate in every P- and C-state. */
static int invariant_tsc(void) {
    unsigned a, b, c, d;
    if (__get_cpuid_max(0x80000000u, NULL) < 0x80000007u) return 0;
    if (!__get_cpuid(0x80000007u, &a, &b, &c, &d)) return 0;
    return (d >> 8) & 1;
}
#endif

/* The tightest of BRACKETS rdtsc/clock_gettime/rdtsc brackets, as a (ticks, ns) pair. */
static void read_pair(int64_t *ticks, int64_t *ns) {
    int64_t best = INT64_MAX;
    for (int i = 0; i < BRACKETS; i++) {
        int64_t a = gilkit_ticks_();
        int64_t n = gilkit_now_ns_();
        int64_t b = gilkit_ticks_();
        if (b - a < best) {
            best = b - a;
            *ticks = a + (b - a) / 2;
            *ns = n;
        }
    }
}

/* Runs when the library is loaded (dlopen by the JVM, or a C test's start), before any lock exists. */
__attribute__((constructor)) static void choose_clock(void) {
    const char *forced = getenv("GILKIT_CLOCK");
    int monotonic = forced != NULL && strcmp(forced, "monotonic") == 0;
#ifdef GILKIT_HAVE_TSC
    gilkit_clock_tsc_ = !monotonic && invariant_tsc();
#else
    (void)monotonic;
#endif
    read_pair(&base_ticks, &base_ns);
}

static void sleep_until_ns(int64_t t) {
    struct timespec until = {(time_t)(t / 1000000000LL), (long)(t % 1000000000LL)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == EINTR) {
    }
}

static void calibrate(void) {
    if (!gilkit_clock_tsc_) return;
    if (gilkit_now_ns_() < base_ns + CALIBRATION_NS) sleep_until_ns(base_ns + CALIBRATION_NS);
    int64_t ticks, ns;
    read_pair(&ticks, &ns);
    double hz = (double)(ticks - base_ticks) * 1e9 / (double)(ns - base_ns);
    /* No tick has been recorded yet (ticks are read only by tstates, which need a lock, whose
     * creation waits for this), so falling back to the portable clock here is still consistent. */
    if (!(hz >= MIN_TICK_HZ && hz <= MAX_TICK_HZ)) {
        gilkit_clock_tsc_ = 0;
        return;
    }
    ns_per_tick = 1e9 / hz;
}

void gilkit_clock_calibrate_(void) {
    PTHREAD_CHECK(pthread_once(&once, calibrate));
}

int64_t gilkit_ticks_to_ns_(int64_t ticks) {
    if (ticks <= 0) return 0;
    if (!gilkit_clock_tsc_) return ticks;
    double ns = (double)ticks * ns_per_tick;
    return ns >= 9.2e18 ? INT64_MAX : (int64_t)ns;
}
