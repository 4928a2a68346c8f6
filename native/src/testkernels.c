/* testkernels.c - the test-only kernels of gilkit/testkernels.h. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "gil_internal.h"
#include "gilkit/testkernels.h"

/* One process-wide meeting point: the rendezvous is a test instrument, not interpreter state. */
static pthread_mutex_t meet_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t meet_cond;      /* CLOCK_MONOTONIC; initialised once by init_meeting */
static pthread_once_t meet_once = PTHREAD_ONCE_INIT;
static int meet_arrived;              /* callers waiting now; under meet_mutex */
static uint64_t meet_generation;      /* completed meetings; under meet_mutex */

static void init_meeting(void) {
    pthread_condattr_t attr;
    PTHREAD_CHECK(pthread_condattr_init(&attr));
    PTHREAD_CHECK(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC));
    PTHREAD_CHECK(pthread_cond_init(&meet_cond, &attr));
    PTHREAD_CHECK(pthread_condattr_destroy(&attr));
}

static int meet(int parties, int64_t timeout_ns) {
    struct timespec until = gilkit_deadline_after_(timeout_ns);
    int met = 0;
    MUTEX_LOCK(&meet_mutex);
    uint64_t gen = meet_generation;
    if (++meet_arrived == parties) {
        meet_arrived = 0;
        meet_generation++;
        PTHREAD_CHECK(pthread_cond_broadcast(&meet_cond));
        met = 1;
    }
    while (!met) {
        if (meet_generation != gen) {
            met = 1;
            break;
        }
        int rc = pthread_cond_timedwait(&meet_cond, &meet_mutex, &until);
        if (rc == ETIMEDOUT && meet_generation == gen) {
            meet_arrived--; /* withdraw, so a later meeting starts from zero */
            break;
        }
        if (rc != 0 && rc != ETIMEDOUT) gilkit_fatal_pthread_("pthread_cond_timedwait(&meet_cond)", rc);
    }
    MUTEX_UNLOCK(&meet_mutex);
    return met;
}

int gilkit_test_rendezvous(int parties, int64_t timeout_ns, int release_lock) {
    if (parties < 1 || timeout_ns < 0) return GILKIT_EINVAL;
    PTHREAD_CHECK(pthread_once(&meet_once, init_meeting));
    int met;
    GILKIT_BEGIN_ALLOW_THREADS_IF(release_lock)
    met = meet(parties, timeout_ns);
    GILKIT_END_ALLOW_THREADS
    return met;
}

int gilkit_test_noop_released(void) {
    GILKIT_BEGIN_ALLOW_THREADS
    GILKIT_END_ALLOW_THREADS
    return 0;
}

int gilkit_test_noop(void) {
    return 0;
}

typedef struct {
    gilkit_gil *gil;
    int64_t *counter;
    int64_t iterations;
    int rc;
} foreign_job;

static int foreign_once(foreign_job *job) {
    int outer = gilkit_gilstate_ensure(job->gil);
    if (outer < 0) return outer;
    int inner = gilkit_gilstate_ensure(job->gil); /* re-entrant: must not deadlock */
    if (inner < 0) return inner;
    *job->counter += 1;
    int rc = gilkit_gilstate_release(job->gil, inner);
    if (rc < 0) return rc;
    return gilkit_gilstate_release(job->gil, outer);
}

static void *foreign_main(void *arg) {
    foreign_job *job = arg;
    for (int64_t i = 0; i < job->iterations && job->rc == 0; i++) job->rc = foreign_once(job);
    return NULL;
}

int gilkit_test_foreign_increments(gilkit_gil *gil, int64_t *counter, int64_t iterations) {
    if (gil == NULL || counter == NULL || iterations < 0) return GILKIT_EINVAL;
    foreign_job job = {gil, counter, iterations, 0};
    pthread_t thread;
    PTHREAD_CHECK(pthread_create(&thread, NULL, foreign_main, &job));
    GILKIT_BEGIN_ALLOW_THREADS
    PTHREAD_CHECK(pthread_join(thread, NULL));
    GILKIT_END_ALLOW_THREADS
    return job.rc;
}
