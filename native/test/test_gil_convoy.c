/*
 * test_gil_convoy.c - the legacy lock's convoy effect is observable. A CPU-bound thread spins
 * through check points while an I/O-like thread repeatedly needs the lock for a moment after a
 * short blocking call. Under `new` the I/O thread's waits end with drop requests and forced
 * switches; under `legacy` there are no drop requests, by construction, and the I/O thread's
 * wake-ups are lost again and again (the convoy, counted). Only that structure is
 * asserted (never timing, BUILD-NOTES P13); the wait times are printed for the curious.
 */
#include <time.h>

#include "gil_test_util.h"

#define IO_ROUNDS 20

typedef struct {
    gilkit_gil *gil;
    volatile int done;
    int64_t io_stats[GILKIT_STAT_COUNT];
    int64_t cpu_stats[GILKIT_STAT_COUNT];
} convoy_ctx;

static void *cpu_main(void *arg) {
    convoy_ctx *c = arg;
    gilkit_tstate *ts = gilkit_tstate_create(c->gil, "cpu");
    gilkit_gil_acquire(ts);
    int ticks = 1;
    volatile unsigned long work = 0;
    while (!__atomic_load_n(&c->done, __ATOMIC_ACQUIRE)) {
        for (int i = 0; i < 200; i++) work += (unsigned long)i; /* one "bytecode" of work */
        CHECK(test_checkpoint(c->gil, ts, &ticks) >= 0);
    }
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_stats(ts, c->cpu_stats, GILKIT_STAT_COUNT);
    gilkit_tstate_destroy(ts);
    return NULL;
}

static void *io_main(void *arg) {
    convoy_ctx *c = arg;
    gilkit_tstate *ts = gilkit_tstate_create(c->gil, "io");
    for (int i = 0; i < IO_ROUNDS; i++) {
        struct timespec t = {0, 200000}; /* a 200 us "recv" */
        nanosleep(&t, NULL);
        gilkit_gil_acquire(ts);
        gilkit_gil_release(ts, GILKIT_RELEASE_BLOCKING);
    }
    gilkit_tstate_stats(ts, c->io_stats, GILKIT_STAT_COUNT);
    gilkit_tstate_destroy(ts);
    __atomic_store_n(&c->done, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void run(int policy, convoy_ctx *c) {
    memset(c, 0, sizeof *c);
    c->gil = gilkit_gil_create(policy, 500000); /* 0.5 ms interval */
    gilkit_gil_set_legacy_ticks(c->gil, 100);
    pthread_t cpu, io;
    pthread_create(&cpu, NULL, cpu_main, c);
    while (gilkit_gil_switch_number(c->gil) == 0) sched_yield(); /* cpu holds first */
    pthread_create(&io, NULL, io_main, c);
    pthread_join(io, NULL);
    pthread_join(cpu, NULL);
    CHECK_EQ(gilkit_gil_destroy(c->gil), 0);
    printf("%-6s io: %2lld acquisitions, mean wait %8.1f us, %2lld drop requests, %6lld lost wake-ups; cpu: %2lld forced switches\n",
           policy_names[policy], (long long)c->io_stats[GILKIT_STAT_ACQUISITIONS],
           c->io_stats[GILKIT_STAT_WAIT_NS] / 1e3 / IO_ROUNDS, (long long)c->io_stats[GILKIT_STAT_DROP_REQUESTS_MADE],
           (long long)c->io_stats[GILKIT_STAT_WAKEUPS_LOST], (long long)c->cpu_stats[GILKIT_STAT_FORCED_SWITCHES]);
}

int main(void) {
    start_watchdog(90);
    convoy_ctx c;
    run(GILKIT_POLICY_NEW, &c);
    CHECK_EQ(c.io_stats[GILKIT_STAT_ACQUISITIONS], IO_ROUNDS);
    /* The cpu thread never blocks: every io acquire that found it holding must have asked. */
    CHECK(c.io_stats[GILKIT_STAT_DROP_REQUESTS_MADE] >= 1);
    CHECK_EQ(c.io_stats[GILKIT_STAT_DROP_REQUESTS_MADE], c.cpu_stats[GILKIT_STAT_DROP_REQUESTS_RECEIVED]);
    /* No convoy: the io thread's waits end at its interval with a request (not counted as a
     * lost wake-up: nobody woke it) and a hand-off; a wake-up that finds the lock taken again
     * needs a third thread barging in (or a spurious wake-up): 0 in practice, at most a few.
     * Counting the timed-out waits, as this counter once did, read about one "lost" per round. */
    CHECK(c.io_stats[GILKIT_STAT_WAKEUPS_LOST] <= IO_ROUNDS / 4);
    /* No check on forced switches under `new`: the counter counts only drops after which the
     * dropper actually had to sleep, and a waiter already running on the other core often takes
     * the lock before the dropper looks. Whether it had to sleep is timing, which a test must not
     * assert (BUILD-NOTES P13); it failed 9 runs in 12 on a loaded 2-core machine. */
    run(GILKIT_POLICY_LEGACY, &c);
    CHECK_EQ(c.io_stats[GILKIT_STAT_ACQUISITIONS], IO_ROUNDS);
    CHECK_EQ(c.io_stats[GILKIT_STAT_DROP_REQUESTS_MADE], 0);
    CHECK_EQ(c.cpu_stats[GILKIT_STAT_DROP_REQUESTS_RECEIVED], 0);
    /* The convoy itself: the cpu thread releases and re-takes back to back and only then wakes
     * the io thread, which therefore finds the lock taken again, round after round (hundreds of
     * lost wake-ups per round here). A count, not a time; fewer than one lost wake-up per round
     * means the waiter is let in at its first wake-up again, as when the wake-up was signalled
     * between release and re-take (issue 5). No check on forced switches: a waiter starved for
     * GILKIT_LEGACY_STARVATION_NS on a loaded machine is handed the lock with one. */
    CHECK(c.io_stats[GILKIT_STAT_WAKEUPS_LOST] >= IO_ROUNDS);
    return test_report("test_gil_convoy");
}
