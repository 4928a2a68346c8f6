/*
 * clock_internal.h - the two clocks of the lock, shared by gil.c, trace.c and snapshot.c only.
 *
 * The trace clock, gilkit_now_ns_(): CLOCK_MONOTONIC nanoseconds, the clock of Java's
 * System.nanoTime() on Linux, so that C trace events and Java-side timestamps of the same moment
 * agree to the nanosecond. It costs a vDSO call: about 30 ns on this kind of VM.
 *
 * The statistics clock, gilkit_ticks_(): the always-on per-thread statistics read a clock at every
 * transition of the lock (issue 3: "cheap enough to be always on"), two reads per uncontended
 * acquire+release pair, which with CLOCK_MONOTONIC was 60 of its 70 ns. So they count in "ticks":
 * the CPU's time-stamp counter (one RDTSC, about 12 ns here) on x86-64 when the CPU says the counter
 * is invariant (constant rate, runs in every C-state: CPUID 8000_0007h EDX bit 8), else
 * CLOCK_MONOTONIC nanoseconds (then one tick is one ns). Only durations are ever converted, and
 * only where statistics are read (gilkit_ticks_to_ns_), with a ratio calibrated once against
 * CLOCK_MONOTONIC when the first lock is created. Trace timestamps never use ticks.
 * GILKIT_CLOCK=monotonic in the environment forces the portable clock (the tests run both).
 */
#ifndef GILKIT_CLOCK_INTERNAL_H
#define GILKIT_CLOCK_INTERNAL_H

#include <stdint.h>
#include <time.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <x86intrin.h>
#define GILKIT_HAVE_TSC 1
#endif

#define GILKIT_HIDDEN __attribute__((visibility("hidden")))

/* 1 if ticks are TSC cycles, 0 if they are CLOCK_MONOTONIC ns. Written only before any tick is
 * read (by the library constructor, and by the first gilkit_gil_create, under pthread_once). */
extern GILKIT_HIDDEN int gilkit_clock_tsc_;

/* CLOCK_MONOTONIC in nanoseconds: the trace clock. */
static inline int64_t gilkit_now_ns_(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/*
 * The statistics clock, in ticks; only differences mean anything. RDTSC is deliberately not
 * serializing (no RDTSCP, no fence): a statistic may be off by the few instructions the CPU
 * reorders around it, which is noise next to the 12 ns a fence would add to every transition.
 */
static inline int64_t gilkit_ticks_(void) {
#ifdef GILKIT_HAVE_TSC
    if (__builtin_expect(gilkit_clock_tsc_, 1)) return (int64_t)__rdtsc();
#endif
    return gilkit_now_ns_();
}

/* Calibrates the tick rate once per process (sleeps up to 10 ms the first time). Thread-safe. */
GILKIT_HIDDEN void gilkit_clock_calibrate_(void);

/* A duration in ticks as nanoseconds; negative durations (cross-CPU skew) count as 0. */
GILKIT_HIDDEN int64_t gilkit_ticks_to_ns_(int64_t ticks);

#endif /* GILKIT_CLOCK_INTERNAL_H */
