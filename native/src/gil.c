/*
 * gil.c - the global interpreter lock and its four policies.
 *
 * Notes about the implementation
 * ------------------------------
 *
 * What the lock is. One gilkit_gil exists per interpreter. A thread runs bytecode only while its
 * gilkit_tstate holds the lock. The lock itself is the atomic int `locked` (0 free, 1 taken); a
 * thread owns it by winning a compare-and-swap 0 -> 1, and gives it up by storing 0. Everything
 * else (a mutex, two condition variables, counters) decides who gets to try the CAS, and when.
 *
 * What protects what.
 *  - `mutex` protects the wait protocol: registration in `waiters`, sleeping on `cond`, the fifo
 *    tickets (`next_ticket`, `now_serving`), and setting the drop request from a timed-out waiter.
 *  - `cond` is signalled by a releaser when `locked` became 0 and somebody waits.
 *  - `switch_mutex` + `switch_cond` implement forced switching: a holder that dropped the lock
 *    because it was asked to sleeps there until `switch_number` moves, i.e. until another thread
 *    has actually taken the lock.
 *  - `registry_mutex` protects the list of attached tstates and the trace settings.
 *  - `eval_breaker` (the drop request) and `interval_ns` / `legacy_ticks` need no lock: single
 *    words, read racily on purpose at every check point.
 *  - Per-tstate statistics are written only by the owner thread and read by anyone with relaxed
 *    atomic loads (a reader may see a slightly stale total, never a torn one).
 *
 * Time. Every transition reads a clock for the always-on statistics (wait, hold, native and
 * blocking time), so that clock must be cheap: it is the tick clock of clock_internal.h (RDTSC on
 * x86-64 with an invariant TSC, about 12 ns here, against about 30 ns for CLOCK_MONOTONIC through
 * the vDSO), and the times are kept in ticks and converted to ns only when read
 * (gilkit_tstate_stats, snapshot.c). This took the uncontended acquire+release pair from 70 ns to
 * 26 ns in C. Trace events keep CLOCK_MONOTONIC timestamps, comparable with Java's
 * System.nanoTime(); only a traced transition pays for that second clock read.
 *
 * The uncontended fast path. Taking and dropping a lock that nobody waits for must cost a few
 * nanoseconds, because the interpreter does it around every blocking call and every kernel. So a
 * taker that sees `waiters == 0` tries the CAS directly, without the mutex, and a dropper that
 * sees `waiters == 0` after storing `locked = 0` signals nobody. This is safe because of a
 * Dekker-style pair of sequentially consistent operations: a waiter increments `waiters` and
 * *then* re-reads `locked` (both under `mutex`, before it sleeps), while a dropper stores
 * `locked = 0` and *then* reads `waiters`. In the single total order of seq_cst operations, either
 * the dropper sees the waiter (and signals under the mutex, which the waiter holds until
 * pthread_cond_wait releases it atomically, so the signal cannot be lost) or the waiter sees
 * `locked == 0` and never sleeps. A lost wake-up, the classic pathology of a hand-rolled fast
 * path, is therefore impossible. The fast taker never jumps a queue: it gives up the fast path as
 * soon as anyone is registered as a waiter.
 *
 * Policy `new` (CPython 3.2+, Antoine Pitrou's design in Python/ceval_gil.c, with one change to
 * rule 1, issue 5):
 *  1. The switch interval (5 ms by default) is the holder's slice, measured from the moment it
 *     took the lock from another thread (`slice_start_ticks`, `slice_owner`). A waiter sleeps on
 *     `cond` until that slice is over, at most one interval. CPython measures the interval from
 *     the waiter's arrival instead, so an I/O thread that wakes up behind a CPU-bound thread
 *     always waits a whole interval before it even asks (p50 5.2 ms, p99 6.3 ms for a 1 ms sleep
 *     loop here); measured from the holder's acquisition it waits only what is left of the
 *     holder's slice, never more than one interval (about 4 ms after a 1 ms sleep). The holder's
 *     side is unchanged: while someone waits, a holder keeps the lock for one interval (plus one
 *     check point), however late the waiter came. A holder that drops the lock and takes it
 *     back while nobody else took it (a short blocking call) continues its slice: restarting it
 *     would let a thread that blocks often postpone a waiter's request forever.
 *  2. When the slice is over and the lock has not moved meanwhile (`switch_number` unchanged),
 *     the waiter sets the eval breaker: a drop request. Rule 2 prevents starvation of a waiter by
 *     a holder that never blocks: the holder is forced to notice within one interval plus one
 *     check point. The "not moved" test prevents spurious requests when the lock moved anyway
 *     (the new holder has a new slice). A waiter whose request is not honoured (a kernel
 *     holding the lock has no check point) re-checks every interval.
 *  3. The holder reads the eval breaker at every check point (a plain load; the Java VM reads the
 *     same word through a direct ByteBuffer), and when it is set calls gilkit_gil_checkpoint(),
 *     which drops the lock.
 *  4. Forced switching: after dropping on request, the holder waits on `switch_cond` until
 *     another thread has taken the lock. Without rule 4 the dropper, already running on a CPU,
 *     would usually win the re-take race against the woken waiter (which must first be
 *     scheduled), and the request would be wasted: that is exactly the convoy effect of the old
 *     lock (David Beazley, "Understanding the Python GIL", 2010).
 *  5. The thread that takes the lock clears the drop request: it has been honoured.
 *  6. Spinning hand-off (issue 5: 2 CPU-bound threads must cost no more than the same work done
 *     serially). The waiter that sets a drop request is awake and on a CPU at that moment, and
 *     the holder will honour it at its next check point, usually within a microsecond. Going
 *     back to sleep on `cond` would cost a futex wake-up when the holder drops, during which
 *     nobody holds the lock: 13-18 us median and milliseconds at the tail on this loaded 2-core
 *     VM (`gilkit trace` of benchmarks/threads_cpu_ratio.py: 1.3-2.5 % of the threaded wall time
 *     lost in such gaps). So that waiter spins (GILKIT_HANDOFF_SPIN_NS at most, without the mutex,
 *     still registered in `waiters` so no fast taker barges in) and takes the lock with one CAS
 *     as soon as it is free; likewise the dropper spins for the switch (rule 4) before sleeping
 *     on `switch_cond`. Only the request's maker spins: other waiters sleep as before, so at most
 *     one thread burns a CPU per request, and for at most the spin once per interval. A holder
 *     that does not react in time (a kernel, a long builtin) is waited for by sleeping, as before.
 *
 * Policy `legacy` (CPython < 3.2): every N check points ("ticks", default 100; counted by the
 * interpreter, which then calls gilkit_gil_checkpoint()) the holder releases the lock and takes
 * it back at once, with no drop request and no forced switch, as CPython 2's
 * PyThread_release_lock(); PyThread_acquire_lock() did; then it signals one waiter, which wakes,
 * finds the lock taken again and goes back to sleep (legacy_tick()). The re-take is one CAS that
 * ignores the queue (take_fast). (When it went through the waiters' queue like any other take,
 * the woken waiter won most races; when the waiter was signalled between release and re-take,
 * the futex call left the lock free for microseconds and a waiter awake on the other core got in
 * at its first or second try: in both cases the convoy all but vanished, issue 5.) The waiter
 * wins only if it looks in the nanoseconds between release and re-take. An I/O-bound thread that
 * needs the lock for a moment after each blocking call thus waits behind a CPU-bound thread for
 * many intervals (tens to hundreds of ms), losing hundreds of races (GILKIT_STAT_WAKEUPS_LOST):
 * the convoy effect. This policy reproduces that pathology on purpose, so it can be measured; do
 * not "fix" it. Only a waiter starved for GILKIT_LEGACY_STARVATION_NS (250 ms) is handed the lock.
 *
 * Policy `fifo`: rules 1, 2, 3 and 5 as `new`, but a waiter takes a ticket on arrival and may take
 * the lock only when its ticket is served. A dropper that wants the lock back takes a new ticket
 * behind everyone else, so forced switching is implied by the queue. It prevents the barging that
 * `new` still allows (a newcomer may take the lock ahead of a waiter that slept for a slice)
 * at the price of a broadcast wake-up (every waiter re-checks its ticket).
 *
 * Policy `off`: no mutual exclusion at all. Acquire and release only keep the statistics and
 * traces. It exists to demonstrate why the lock exists (lost updates in racing guest code), and
 * is unsafe by design.
 *
 * Errors. Every pthread call is checked; a failure is fatal and aborts with the call's text and
 * strerror, like CPython's MUTEX_LOCK. Misuse by the caller (release without holding, acquire
 * twice, nested BEGIN, a tstate used from a foreign thread, destroying a lock with attached
 * threads) returns a negative GILKIT_E* code in release builds, which the Java facade turns into
 * an exception; in a GILKIT_DEBUG build it aborts with a message naming the call and the thread.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gil_internal.h"

/*
 * Rule 6's spin, in ns: how long a waiter that just asked for the lock, and a holder that just
 * dropped it on request, busy-wait for the hand-off before sleeping. A holder in Python code
 * reaches its next check point within a microsecond; a futex wake-up costs 15-50 us here (and
 * much more on a loaded machine, where the woken thread must first get a CPU back). Never longer
 * than the switch interval.
 */
#define GILKIT_HANDOFF_SPIN_NS 5000LL

/*
 * Policy `legacy`: how long a waiter may lose the re-take race before the holder hands the lock
 * over at its next tick, in ns: 50 default switch intervals, above the typical convoy wait (a few
 * to tens of ms), so the lesson is intact, and it caps the tail (the tour's p99 sits at about this
 * value on a loaded machine). It ends a starvation that CPython 2 did not have (its waiter, woken
 * inside the release, got in when both threads shared one core). See legacy_tick().
 */
#define GILKIT_LEGACY_STARVATION_NS 250000000LL

/* The calling thread's current tstate: the one that last acquired (or was created) here. */
static _Thread_local gilkit_tstate *current_tstate;

/* ------------------------------------------------------------------------------------------ */
/* Failing loudly.                                                                             */

void gilkit_fatal_pthread_(const char *call, int err) {
    fprintf(stderr, "gilkit: fatal: %s failed: %s (errno %d)\n", call, strerror(err), err);
    fflush(stderr);
    abort();
}

/*
 * Reports a discipline violation. Debug builds abort with the message (the tests fork and expect
 * SIGABRT plus this text); release builds return `code` for the facade to turn into an exception.
 */
static int misuse(int code, const char *func, const gilkit_tstate *ts, const char *what) {
#ifdef GILKIT_DEBUG
    fprintf(stderr, "gilkit: lock discipline violated in %s: %s (thread state '%s')\n", func, what,
            ts != NULL ? ts->name : "<none>");
    fflush(stderr);
    abort();
#else
    (void)func;
    (void)ts;
    (void)what;
    return code;
#endif
}

static int on_owner_thread(const gilkit_tstate *ts) {
    return pthread_equal(ts->owner, pthread_self());
}

/* Common pre-checks for calls that a tstate's owner makes. */
static int check_owner(const gilkit_tstate *ts, const char *func) {
    if (ts == NULL) return GILKIT_EINVAL;
    if (!on_owner_thread(ts))
        return misuse(GILKIT_EWRONGTHREAD, func, ts, "thread state used from a thread that does not own it");
    return GILKIT_OK;
}

/* ------------------------------------------------------------------------------------------ */
/* Statistics (owner-only writers, relaxed atomics so that readers never see torn values).     */

static inline void stat_add(gilkit_tstate *ts, int which, int64_t delta) {
    int64_t v = atomic_load_explicit(&ts->stats[which], memory_order_relaxed);
    atomic_store_explicit(&ts->stats[which], v + delta, memory_order_relaxed);
}

static inline int64_t since_get(const gilkit_tstate *ts) {
    return atomic_load_explicit(&ts->since_ticks, memory_order_relaxed);
}

static inline void since_set(gilkit_tstate *ts, int64_t t) {
    atomic_store_explicit(&ts->since_ticks, t, memory_order_relaxed);
}

/* Ticks from `since` to `now`, never negative: a thread that migrated may read a TSC a few cycles
 * behind the one it read before, and a statistic must not shrink. */
static inline int64_t span_since(int64_t since, int64_t now) {
    return now > since ? now - since : 0;
}

/* Records a RELEASE/ACQUIRE whose value is a span in ticks; converts only when tracing. */
static inline void trace_span(gilkit_tstate *ts, int type, int arg, int64_t ticks) {
    trace_ring *r = atomic_load_explicit(&ts->trace, memory_order_acquire);
    if (__builtin_expect(r != NULL, 0))
        gilkit_trace_append_(r, gilkit_now_ns_(), type, arg, gilkit_ticks_to_ns_(ticks));
}

/* Charges the time since the last release (`now` in ticks) to the bucket its reason names. */
static void charge_released_time(gilkit_tstate *ts, int64_t now) {
    int64_t span = span_since(since_get(ts), now);
    if (ts->release_reason == GILKIT_RELEASE_BLOCKING) stat_add(ts, GILKIT_STAT_BLOCKING_NS, span);
    else if (ts->release_reason == GILKIT_RELEASE_NATIVE) stat_add(ts, GILKIT_STAT_NATIVE_NS, span);
}

/* Bookkeeping once ts owns the lock (called after the CAS); `now`, `waited` in ticks. */
static inline void hold_begin(gilkit_tstate *ts, int64_t now, int64_t waited) {
    since_set(ts, now);
    stat_add(ts, GILKIT_STAT_ACQUISITIONS, 1);
    atomic_store_explicit(&ts->holds, 1, memory_order_relaxed);
    trace_span(ts, GILKIT_EV_ACQUIRE, 0, waited);
}

/* ------------------------------------------------------------------------------------------ */
/* Taking the lock.                                                                            */

static int may_take(const gilkit_gil *gil, uint64_t ticket) {
    if (atomic_load(&gil->locked) != 0) return 0;
    return gil->policy != GILKIT_POLICY_FIFO || ticket == gil->now_serving;
}

static int try_cas(gilkit_gil *gil) {
    int expected = 0;
    return atomic_compare_exchange_strong(&gil->locked, &expected, 1);
}

/*
 * Bookkeeping of the lock word's owner right after ts won the CAS; `now` in ticks. A new slice
 * (rule 1) starts only when the lock passes to another thread: a holder that drops and re-takes
 * it (a short blocking call) continues its slice, or it could postpone a waiter's request forever.
 */
static inline void owner_begin(gilkit_gil *gil, gilkit_tstate *ts, int64_t now) {
    if (atomic_load_explicit(&gil->slice_owner, memory_order_relaxed) != ts) {
        atomic_store_explicit(&gil->slice_owner, ts, memory_order_relaxed);
        atomic_store_explicit(&gil->slice_start_ticks, now, memory_order_relaxed);
    }
    /* Writers of switch_number always hold the lock itself, so load+store cannot race. */
    atomic_store(&gil->switch_number, atomic_load_explicit(&gil->switch_number, memory_order_relaxed) + 1);
    atomic_store_explicit(&gil->holder, ts, memory_order_relaxed);
}

/*
 * Rule 2: asks the holder to drop, unless the lock moved (switch_number != seen) or is free.
 * Returns 1 if this call set the request, 0 if it did nothing (moved, free, or already asked).
 */
static int request_drop(gilkit_gil *gil, gilkit_tstate *ts, uint64_t seen) {
    if (atomic_load(&gil->locked) && atomic_load(&gil->switch_number) == seen
            && atomic_load_explicit(&gil->eval_breaker, memory_order_relaxed) == 0) {
        atomic_store_explicit(&gil->eval_breaker, 1, memory_order_release);
        stat_add(ts, GILKIT_STAT_DROP_REQUESTS_MADE, 1);
        gilkit_trace_(ts, GILKIT_EV_DROP_REQUEST_SET, 0, 0);
        return 1;
    }
    return 0;
}

/* One iteration of a busy wait: tells the CPU (and a hyper-threaded sibling) that we spin. */
static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield" ::: "memory");
#endif
}

/*
 * Rule 6: spins, without gil->mutex, for at most `spin_ns` until the lock is free, then takes it
 * with one CAS. Returns 1 if this thread now holds the lock. The caller stays registered in
 * `waiters` throughout, so no fast taker can barge in meanwhile.
 */
static int spin_take(gilkit_gil *gil, int64_t spin_ns) {
    int64_t t0 = gilkit_ticks_();
    for (unsigned i = 1;; i++) {
        if (atomic_load_explicit(&gil->locked, memory_order_relaxed) == 0 && try_cas(gil)) return 1;
        cpu_relax();
        if ((i & 7) == 0 && gilkit_ticks_to_ns_(gilkit_ticks_() - t0) >= spin_ns) return 0;
    }
}

/*
 * One sleep of a waiter. `new`/`fifo`: until the holder's slice ends (rule 1), then a drop
 * request (rule 2) and, should the holder not react (a kernel holding the lock has no check
 * point), a re-check every interval. Under `new` the waiter that made the request spins for the
 * hand-off instead of sleeping (rule 6). `legacy`: sleep until signalled (no requests).
 * Called and returns with gil->mutex held. Returns WAIT_TOOK if it took the lock (spinning),
 * WAIT_WOKEN if it slept and was woken (signalled: the lock was released, so finding it taken
 * again is a lost wake-up), WAIT_TIMED_OUT if it slept to its deadline or did not sleep (the
 * interval ran out, a request was made: under `new` that is how a waiter asks, not a loss).
 */
enum { WAIT_TOOK, WAIT_WOKEN, WAIT_TIMED_OUT };

static int wait_once(gilkit_gil *gil, gilkit_tstate *ts) {
    if (gil->policy == GILKIT_POLICY_LEGACY) {
        COND_WAIT(&gil->cond, &gil->mutex);
        int64_t since = atomic_load_explicit(&ts->wait_start_ticks, memory_order_relaxed);
        if (gilkit_ticks_to_ns_(span_since(since, gilkit_ticks_())) >= GILKIT_LEGACY_STARVATION_NS)
            atomic_store(&gil->legacy_starving, 1);
        return WAIT_WOKEN;
    }
    uint64_t seen = atomic_load(&gil->switch_number);
    int64_t interval = atomic_load_explicit(&gil->interval_ns, memory_order_relaxed);
    int64_t used = gilkit_ticks_to_ns_(gilkit_ticks_() - atomic_load_explicit(&gil->slice_start_ticks, memory_order_relaxed));
    if (used >= interval) {
        if (request_drop(gil, ts, seen) && gil->policy == GILKIT_POLICY_NEW) {
            MUTEX_UNLOCK(&gil->mutex);
            int took = spin_take(gil, interval < GILKIT_HANDOFF_SPIN_NS ? interval : GILKIT_HANDOFF_SPIN_NS);
            MUTEX_LOCK(&gil->mutex);
            if (took) return WAIT_TOOK;
        }
        used = 0;
    }
    struct timespec until = gilkit_deadline_after_(interval - used);
    int rc = pthread_cond_timedwait(&gil->cond, &gil->mutex, &until);
    if (rc != 0 && rc != ETIMEDOUT)
        gilkit_fatal_pthread_("pthread_cond_timedwait(&gil->cond, &gil->mutex, &until)", rc);
    return rc == 0 ? WAIT_WOKEN : WAIT_TIMED_OUT;
}

/* Wakes whoever must re-check after a switch. fifo wakes all: only one ticket is served. */
static void wake_waiters(gilkit_gil *gil) {
    if (gil->policy == GILKIT_POLICY_FIFO) COND_BROADCAST(&gil->cond);
    else COND_SIGNAL(&gil->cond);
}

/* The contended path: register as a waiter and sleep until this thread may take the lock. */
static void take_slow(gilkit_gil *gil, gilkit_tstate *ts, int64_t t0) {
    MUTEX_LOCK(&gil->mutex);
    atomic_fetch_add(&gil->waiters, 1);
    atomic_store_explicit(&ts->wait_start_ticks, t0, memory_order_relaxed);
    gilkit_trace_(ts, GILKIT_EV_REQUEST, 0, 0);
    uint64_t ticket = gil->next_ticket++;
    for (int how = WAIT_TIMED_OUT; !(may_take(gil, ticket) && try_cas(gil));) {
        if (how == WAIT_WOKEN) stat_add(ts, GILKIT_STAT_WAKEUPS_LOST, 1); /* legacy: the convoy, counted */
        if ((how = wait_once(gil, ts)) == WAIT_TOOK) break;
    }
    if (gil->policy == GILKIT_POLICY_FIFO) {
        gil->now_serving++;
    }
    atomic_fetch_sub(&gil->waiters, 1);
    int64_t t1 = gilkit_ticks_();
    owner_begin(gil, ts, t1);
    if (atomic_load_explicit(&gil->eval_breaker, memory_order_relaxed))
        atomic_store_explicit(&gil->eval_breaker, 0, memory_order_relaxed); /* rule 5 */
    if (atomic_load_explicit(&gil->legacy_starving, memory_order_relaxed))
        atomic_store(&gil->legacy_starving, 0); /* the starving waiter, or another, got in */
    MUTEX_LOCK(&gil->switch_mutex);
    COND_SIGNAL(&gil->switch_cond); /* rule 4: release a forced-switch dropper */
    MUTEX_UNLOCK(&gil->switch_mutex);
    MUTEX_UNLOCK(&gil->mutex);
    atomic_store_explicit(&ts->wait_start_ticks, 0, memory_order_relaxed);
    stat_add(ts, GILKIT_STAT_WAIT_NS, span_since(t0, t1));
    hold_begin(ts, t1, span_since(t0, t1));
}

/* One CAS, no queue: takes the lock if it is free this instant. Never for policy `off`. */
static int take_fast(gilkit_gil *gil, gilkit_tstate *ts) {
    if (!try_cas(gil)) return 0;
    int64_t now = gilkit_ticks_();
    charge_released_time(ts, now);
    owner_begin(gil, ts, now);
    hold_begin(ts, now, 0);
    return 1;
}

/* Takes the lock for ts (which must not hold it), as the policy says. */
static void take(gilkit_gil *gil, gilkit_tstate *ts) {
    if (gil->policy != GILKIT_POLICY_OFF && atomic_load(&gil->waiters) == 0 && take_fast(gil, ts)) return;
    int64_t t0 = gilkit_ticks_();
    charge_released_time(ts, t0);
    if (gil->policy == GILKIT_POLICY_OFF) {
        hold_begin(ts, t0, 0);
        return;
    }
    take_slow(gil, ts, t0);
}

/* ------------------------------------------------------------------------------------------ */
/* Dropping the lock.                                                                          */

static void drop(gilkit_gil *gil, gilkit_tstate *ts, int reason) {
    int64_t now = gilkit_ticks_();
    int64_t held = span_since(since_get(ts), now);
    stat_add(ts, GILKIT_STAT_HOLD_NS, held);
    since_set(ts, now);
    __atomic_store_n(&ts->release_reason, reason, __ATOMIC_RELAXED); /* snapshot.c reads it racily */
    atomic_store_explicit(&ts->holds, 0, memory_order_relaxed);
    trace_span(ts, GILKIT_EV_RELEASE, reason, held); /* before the store that frees the lock */
    if (gil->policy == GILKIT_POLICY_OFF) return;
    atomic_store_explicit(&gil->holder, NULL, memory_order_relaxed);
    atomic_store(&gil->locked, 0);          /* seq_cst: first half of the Dekker pair */
    if (atomic_load(&gil->waiters) != 0) {  /* seq_cst: second half */
        MUTEX_LOCK(&gil->mutex);
        wake_waiters(gil);
        MUTEX_UNLOCK(&gil->mutex);
    }
}

/* Whether the forced-switch wait is over: the lock moved, or nobody is left to take it. */
static inline int switch_done(gilkit_gil *gil, uint64_t seen) {
    return atomic_load(&gil->switch_number) != seen || atomic_load(&gil->waiters) == 0;
}

/*
 * Rule 4: after a requested drop, wait until another thread has taken the lock. The requester
 * spins for it (rule 6), so this usually ends within a microsecond: spin that long first, and
 * sleep on switch_cond only if the hand-off takes longer (then the taker's signal wakes us).
 */
static void wait_for_switch(gilkit_gil *gil, gilkit_tstate *ts, uint64_t seen) {
    int64_t t0 = gilkit_ticks_();
    for (unsigned i = 1; !switch_done(gil, seen); i++) {
        cpu_relax();
        if ((i & 7) == 0 && gilkit_ticks_to_ns_(gilkit_ticks_() - t0) >= GILKIT_HANDOFF_SPIN_NS) break;
    }
    MUTEX_LOCK(&gil->switch_mutex);
    /* A registered waiter leaves only by taking the lock, which moves switch_number. */
    while (!switch_done(gil, seen)) COND_WAIT(&gil->switch_cond, &gil->switch_mutex);
    MUTEX_UNLOCK(&gil->switch_mutex);
    if (atomic_load(&gil->switch_number) != seen) {
        stat_add(ts, GILKIT_STAT_FORCED_SWITCHES, 1);
        gilkit_trace_(ts, GILKIT_EV_FORCED_SWITCH, 0, 0);
    }
}

/*
 * Policy `legacy`'s release at a tick, with waiters (see the notes: CPython 2's
 * PyThread_release_lock(); PyThread_acquire_lock(), back to back). The lock is released and
 * re-taken with nothing in between, and only then is a waiter woken to compete: it finds the
 * lock taken (a lost wake-up, counted) unless it happened to look in the few nanoseconds the lock
 * was free. Waking it inside that gap instead, as drop() does, put a futex system call (and on a
 * VM the inter-processor interrupt behind it, several microseconds) between release and re-take,
 * and a waiter already awake on the other core got in at its first or second try: the Python
 * convoy program showed legacy p50/p99 0.08/5-11 ms, better than `new` (issue 5). A waiter that
 * has waited GILKIT_LEGACY_STARVATION_NS gets a real hand-off (rule 4's wait for the switch), so
 * that two threads that share one core, where it could only get in when the holder is preempted
 * inside that gap, are not starved for good.
 */
static void legacy_tick(gilkit_gil *gil, gilkit_tstate *ts) {
    if (atomic_load(&gil->legacy_starving)) {
        uint64_t seen = atomic_load(&gil->switch_number);
        drop(gil, ts, GILKIT_RELEASE_SWITCH);
        wait_for_switch(gil, ts, seen);
        take(gil, ts);
        return;
    }
    /* The trace's RELEASE precedes the store that frees the lock, as in drop(): a waiter that
     * slips in must not log its ACQUIRE before it. */
    trace_span(ts, GILKIT_EV_RELEASE, GILKIT_RELEASE_SWITCH, span_since(since_get(ts), gilkit_ticks_()));
    atomic_store_explicit(&gil->holder, NULL, memory_order_relaxed);
    atomic_store(&gil->locked, 0); /* the release ... */
    /* ... its bookkeeping (one clock read: the only gap a waiter can slip through) ... */
    int64_t now = gilkit_ticks_();
    stat_add(ts, GILKIT_STAT_HOLD_NS, span_since(since_get(ts), now));
    since_set(ts, now);
    __atomic_store_n(&ts->release_reason, GILKIT_RELEASE_SWITCH, __ATOMIC_RELAXED);
    atomic_store_explicit(&ts->holds, 0, memory_order_relaxed);
    if (!take_fast(gil, ts)) {     /* ... and the re-take, back to back */
        take(gil, ts);             /* a waiter looked at the right moment: it holds the lock now */
        return;
    }
    MUTEX_LOCK(&gil->mutex);
    COND_SIGNAL(&gil->cond); /* the released lock's signal: a waiter wakes, competes and loses */
    MUTEX_UNLOCK(&gil->mutex);
}

/* ------------------------------------------------------------------------------------------ */
/* The lock object.                                                                            */

static int valid_policy(int policy) {
    return policy >= GILKIT_POLICY_NEW && policy <= GILKIT_POLICY_OFF;
}

gilkit_gil *gilkit_gil_create(int policy, int64_t interval_ns) {
    if (!valid_policy(policy) || interval_ns < GILKIT_MIN_INTERVAL_NS) return NULL;
    gilkit_clock_calibrate_(); /* before any tstate can read a tick */
    gilkit_gil *gil = NULL;
    if (posix_memalign((void **)&gil, GILKIT_CACHE_LINE, sizeof *gil) != 0) return NULL;
    memset(gil, 0, sizeof *gil);
    gil->policy = policy;
    atomic_init(&gil->interval_ns, interval_ns);
    atomic_init(&gil->legacy_ticks, GILKIT_DEFAULT_LEGACY_TICKS);
    gil->created_ns = gilkit_now_ns_();
    pthread_condattr_t attr;
    PTHREAD_CHECK(pthread_condattr_init(&attr));
    PTHREAD_CHECK(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC));
    PTHREAD_CHECK(pthread_mutex_init(&gil->mutex, NULL));
    PTHREAD_CHECK(pthread_cond_init(&gil->cond, &attr));
    PTHREAD_CHECK(pthread_mutex_init(&gil->switch_mutex, NULL));
    PTHREAD_CHECK(pthread_cond_init(&gil->switch_cond, &attr));
    PTHREAD_CHECK(pthread_mutex_init(&gil->registry_mutex, NULL));
    PTHREAD_CHECK(pthread_condattr_destroy(&attr));
    return gil;
}

int gilkit_gil_destroy(gilkit_gil *gil) {
    if (gil == NULL) return GILKIT_EINVAL;
    MUTEX_LOCK(&gil->registry_mutex);
    int attached = gil->n_tstates;
    const char *first = attached ? gil->tstates->name : "";
    if (attached == 0) atomic_store(&gil->closed, 1);
    MUTEX_UNLOCK(&gil->registry_mutex);
    if (attached != 0) {
        char what[128];
        snprintf(what, sizeof what, "destroying a lock with %d attached thread state(s), e.g. '%s'", attached, first);
        return misuse(GILKIT_EINVAL, "gilkit_gil_destroy", NULL, what);
    }
    PTHREAD_CHECK(pthread_mutex_destroy(&gil->mutex));
    PTHREAD_CHECK(pthread_cond_destroy(&gil->cond));
    PTHREAD_CHECK(pthread_mutex_destroy(&gil->switch_mutex));
    PTHREAD_CHECK(pthread_cond_destroy(&gil->switch_cond));
    PTHREAD_CHECK(pthread_mutex_destroy(&gil->registry_mutex));
    free(gil);
    return GILKIT_OK;
}

int gilkit_gil_policy(const gilkit_gil *gil) {
    return gil == NULL ? GILKIT_EINVAL : gil->policy;
}

int gilkit_gil_set_interval_ns(gilkit_gil *gil, int64_t interval_ns) {
    if (gil == NULL || interval_ns < GILKIT_MIN_INTERVAL_NS) return GILKIT_EINVAL;
    atomic_store_explicit(&gil->interval_ns, interval_ns, memory_order_relaxed);
    return GILKIT_OK;
}

int64_t gilkit_gil_interval_ns(const gilkit_gil *gil) {
    return gil == NULL ? GILKIT_EINVAL : atomic_load_explicit(&gil->interval_ns, memory_order_relaxed);
}

int gilkit_gil_set_legacy_ticks(gilkit_gil *gil, int ticks) {
    if (gil == NULL || ticks < 1) return GILKIT_EINVAL;
    atomic_store_explicit(&gil->legacy_ticks, ticks, memory_order_relaxed);
    return GILKIT_OK;
}

int gilkit_gil_legacy_ticks(const gilkit_gil *gil) {
    return gil == NULL ? GILKIT_EINVAL : atomic_load_explicit(&gil->legacy_ticks, memory_order_relaxed);
}

int32_t *gilkit_gil_eval_breaker(gilkit_gil *gil) {
    /* _Atomic int32_t has the size and alignment of int32_t on every GCC/Clang target we build. */
    return gil == NULL ? NULL : (int32_t *)&gil->eval_breaker;
}

int64_t gilkit_gil_switch_number(const gilkit_gil *gil) {
    return gil == NULL ? GILKIT_EINVAL : (int64_t)atomic_load(&gil->switch_number);
}

int gilkit_gil_waiters(const gilkit_gil *gil) {
    return gil == NULL ? GILKIT_EINVAL : atomic_load(&gil->waiters);
}

/* ------------------------------------------------------------------------------------------ */
/* Thread states.                                                                              */

gilkit_tstate *gilkit_tstate_create(gilkit_gil *gil, const char *name) {
    if (gil == NULL || atomic_load(&gil->closed)) return NULL;
    gilkit_tstate *ts = calloc(1, sizeof *ts);
    if (ts == NULL) return NULL;
    ts->gil = gil;
    ts->owner = pthread_self();
    snprintf(ts->name, sizeof ts->name, "%s", name != NULL ? name : "thread");
    ts->release_reason = GILKIT_RELEASE_SWITCH;
    since_set(ts, gilkit_ticks_());
    MUTEX_LOCK(&gil->registry_mutex);
    ts->id = gil->next_id++;
    ts->next = gil->tstates;
    if (gil->tstates) gil->tstates->prev = ts;
    gil->tstates = ts;
    gil->n_tstates++;
    if (gil->trace_events_per_thread > 0)
        atomic_store(&ts->trace, gilkit_trace_ring_new_(gil->trace_events_per_thread));
    MUTEX_UNLOCK(&gil->registry_mutex);
    gilkit_trace_(ts, GILKIT_EV_THREAD_START, ts->id, 0);
    if (current_tstate == NULL) current_tstate = ts;
    return ts;
}

int gilkit_tstate_destroy(gilkit_tstate *ts) {
    int rc = check_owner(ts, "gilkit_tstate_destroy");
    if (rc != GILKIT_OK) return rc;
    if (atomic_load_explicit(&ts->holds, memory_order_relaxed))
        return misuse(GILKIT_EHELD, "gilkit_tstate_destroy", ts, "destroying a thread state that still holds the lock");
    if (ts->saved_by_begin)
        return misuse(GILKIT_EHELD, "gilkit_tstate_destroy", ts, "destroying a thread state inside BEGIN/END_ALLOW_THREADS");
    gilkit_trace_(ts, GILKIT_EV_THREAD_EXIT, ts->id, 0);
    gilkit_gil *gil = ts->gil;
    MUTEX_LOCK(&gil->registry_mutex);
    if (ts->prev) ts->prev->next = ts->next;
    else gil->tstates = ts->next;
    if (ts->next) ts->next->prev = ts->prev;
    gil->n_tstates--;
    MUTEX_UNLOCK(&gil->registry_mutex);
    if (current_tstate == ts) current_tstate = ts->gilstate_prev;
    gilkit_trace_ring_free_(atomic_load(&ts->trace));
    free(ts);
    return GILKIT_OK;
}

int gilkit_gil_acquire(gilkit_tstate *ts) {
    int rc = check_owner(ts, "gilkit_gil_acquire");
    if (rc != GILKIT_OK) return rc;
    if (atomic_load_explicit(&ts->holds, memory_order_relaxed))
        return misuse(GILKIT_EHELD, "gilkit_gil_acquire", ts, "acquiring a lock this thread already holds");
    take(ts->gil, ts);
    current_tstate = ts;
    return GILKIT_OK;
}

int gilkit_gil_release(gilkit_tstate *ts, int reason) {
    int rc = check_owner(ts, "gilkit_gil_release");
    if (rc != GILKIT_OK) return rc;
    if (reason < GILKIT_RELEASE_SWITCH || reason > GILKIT_RELEASE_NATIVE) return GILKIT_EINVAL;
    if (!atomic_load_explicit(&ts->holds, memory_order_relaxed))
        return misuse(GILKIT_ENOTHELD, "gilkit_gil_release", ts, "releasing a lock this thread does not hold");
    if (ts->gilstate_nesting != 0)
        return misuse(GILKIT_EHELD, "gilkit_gil_release", ts, "releasing inside gilstate_ensure/release");
    drop(ts->gil, ts, reason);
    return GILKIT_OK;
}

int gilkit_gil_checkpoint(gilkit_tstate *ts) {
    int rc = check_owner(ts, "gilkit_gil_checkpoint");
    if (rc != GILKIT_OK) return rc;
    if (!atomic_load_explicit(&ts->holds, memory_order_relaxed))
        return misuse(GILKIT_ENOTHELD, "gilkit_gil_checkpoint", ts, "check point without holding the lock");
    gilkit_gil *gil = ts->gil;
    switch (gil->policy) {
    case GILKIT_POLICY_OFF:
        return 0;
    case GILKIT_POLICY_LEGACY:
        if (atomic_load(&gil->waiters) == 0) return 0;
        legacy_tick(gil, ts);
        return 1;
    default:
        if (atomic_load_explicit(&gil->eval_breaker, memory_order_acquire) == 0) return 0;
        stat_add(ts, GILKIT_STAT_DROP_REQUESTS_RECEIVED, 1);
        gilkit_trace_(ts, GILKIT_EV_DROP_REQUEST_RECEIVED, 0, 0);
        uint64_t seen = atomic_load(&gil->switch_number);
        drop(gil, ts, GILKIT_RELEASE_SWITCH);
        if (gil->policy == GILKIT_POLICY_NEW) wait_for_switch(gil, ts, seen);
        take(gil, ts);
        return 1;
    }
}

int gilkit_tstate_holds(const gilkit_tstate *ts) {
    return ts == NULL ? GILKIT_EINVAL : atomic_load_explicit(&ts->holds, memory_order_relaxed);
}

int gilkit_tstate_stats(const gilkit_tstate *ts, int64_t *out, int n) {
    if (ts == NULL || out == NULL || n < 0) return GILKIT_EINVAL;
    int64_t now = gilkit_ticks_();
    for (int i = 0; i < n && i < GILKIT_STAT_COUNT; i++)
        out[i] = atomic_load_explicit(&ts->stats[i], memory_order_relaxed);
    for (int i = GILKIT_STAT_COUNT; i < n; i++) out[i] = 0;
    /* Include running spans so that a monitor sees a live hold or wait grow. */
    int64_t wait_start = atomic_load_explicit(&ts->wait_start_ticks, memory_order_relaxed);
    if (n > GILKIT_STAT_WAIT_NS && wait_start != 0) out[GILKIT_STAT_WAIT_NS] += span_since(wait_start, now);
    if (n > GILKIT_STAT_HOLD_NS && atomic_load_explicit(&ts->holds, memory_order_relaxed))
        out[GILKIT_STAT_HOLD_NS] += span_since(since_get(ts), now);
    /* The times were kept in ticks: convert once, here, where they are read. */
    for (int i = GILKIT_STAT_WAIT_NS; i <= GILKIT_STAT_BLOCKING_NS && i < n; i++) out[i] = gilkit_ticks_to_ns_(out[i]);
    return GILKIT_OK;
}

int gilkit_tstate_set_cancel(gilkit_tstate *ts, int cancel) {
    if (ts == NULL) return GILKIT_EINVAL;
    atomic_store_explicit(&ts->cancel, cancel != 0, memory_order_relaxed);
    return GILKIT_OK;
}

gilkit_tstate *gilkit_tstate_current(void) {
    return current_tstate;
}

int gilkit_cancel_requested(void) {
    gilkit_tstate *ts = current_tstate;
    return ts != NULL && atomic_load_explicit(&ts->cancel, memory_order_relaxed);
}

int gilkit_assert_held(void) {
    gilkit_tstate *ts = current_tstate;
    if (ts != NULL && atomic_load_explicit(&ts->holds, memory_order_relaxed)) return 1;
    misuse(GILKIT_ENOTHELD, "gilkit_assert_held", ts, "interpreter state touched without holding the lock");
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* BEGIN/END_ALLOW_THREADS.                                                                    */

gilkit_tstate *gilkit_save_thread(void) {
    gilkit_tstate *ts = current_tstate;
    if (ts == NULL) return NULL;
    if (ts->saved_by_begin) {
        int saved_errno = errno;
        misuse(GILKIT_EHELD, "gilkit_save_thread", ts, "nested GILKIT_BEGIN_ALLOW_THREADS");
        errno = saved_errno;
        return NULL;
    }
    if (!atomic_load_explicit(&ts->holds, memory_order_relaxed)) return NULL;
    int saved_errno = errno;
    drop(ts->gil, ts, GILKIT_RELEASE_NATIVE);
    ts->saved_by_begin = 1;
    errno = saved_errno;
    return ts;
}

void gilkit_restore_thread(gilkit_tstate *ts) {
    if (ts == NULL) return;
    int saved_errno = errno;
    if (!on_owner_thread(ts) || !ts->saved_by_begin || atomic_load_explicit(&ts->holds, memory_order_relaxed)) {
        misuse(GILKIT_EINVAL, "gilkit_restore_thread", ts, "restoring a thread state that was not saved on this thread");
        errno = saved_errno;
        return;
    }
    ts->saved_by_begin = 0;
    take(ts->gil, ts);
    current_tstate = ts;
    errno = saved_errno;
}

/* ------------------------------------------------------------------------------------------ */
/* gilstate: threads the interpreter did not create.                                           */

#define GILSTATE_ACQUIRED 0 /* an existing tstate of this thread took the lock */
#define GILSTATE_NESTED 1   /* the thread already held the lock: only the depth changed */
#define GILSTATE_CREATED 2  /* a tstate was created for this thread and took the lock */

int gilkit_gilstate_ensure(gilkit_gil *gil) {
    if (gil == NULL) return GILKIT_EINVAL;
    gilkit_tstate *ts = current_tstate;
    if (ts != NULL && ts->gil == gil) {
        if (atomic_load_explicit(&ts->holds, memory_order_relaxed)) {
            ts->gilstate_nesting++;
            return GILSTATE_NESTED;
        }
        take(gil, ts);
        return GILSTATE_ACQUIRED;
    }
    gilkit_tstate *prev = current_tstate;
    gilkit_tstate *fresh = gilkit_tstate_create(gil, "gilstate");
    if (fresh == NULL) return atomic_load(&gil->closed) ? GILKIT_ECLOSED : GILKIT_ENOMEM;
    fresh->gilstate_created = 1;
    fresh->gilstate_prev = prev;
    take(gil, fresh);
    current_tstate = fresh;
    return GILSTATE_CREATED;
}

int gilkit_gilstate_release(gilkit_gil *gil, int token) {
    if (gil == NULL || token < GILSTATE_ACQUIRED || token > GILSTATE_CREATED) return GILKIT_EINVAL;
    gilkit_tstate *ts = current_tstate;
    if (ts == NULL || ts->gil != gil || !atomic_load_explicit(&ts->holds, memory_order_relaxed))
        return misuse(GILKIT_ENOTHELD, "gilkit_gilstate_release", ts, "gilstate_release without a matching ensure");
    if (token == GILSTATE_NESTED) {
        if (ts->gilstate_nesting == 0)
            return misuse(GILKIT_EINVAL, "gilkit_gilstate_release", ts, "unbalanced gilstate_release");
        ts->gilstate_nesting--;
        return GILKIT_OK;
    }
    if (ts->gilstate_nesting != 0)
        return misuse(GILKIT_EINVAL, "gilkit_gilstate_release", ts, "gilstate_release out of order");
    if (token == GILSTATE_CREATED && !ts->gilstate_created)
        return misuse(GILKIT_EINVAL, "gilkit_gilstate_release", ts, "gilstate token does not match");
    drop(gil, ts, ts->saved_by_begin ? GILKIT_RELEASE_NATIVE : GILKIT_RELEASE_SWITCH);
    return token == GILSTATE_CREATED ? gilkit_tstate_destroy(ts) : GILKIT_OK;
}
