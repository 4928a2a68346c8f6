/*
 * test_gil_misuse.c - lock discipline. In a GILKIT_DEBUG build every misuse aborts with a clear
 * message: each case runs in a fork()ed child, and the parent expects SIGABRT and the message on
 * the child's stderr. In a release build the same misuse returns its GILKIT_E* code instead, which
 * this test checks (so the test means something in both builds).
 */
#include <errno.h>
#include <sys/wait.h>

#include "gil_test_util.h"

typedef struct {
    gilkit_gil *gil;
    gilkit_tstate *ts;
    int rc;
} foreign_use;

static void *use_foreign_tstate(void *arg) {
    foreign_use *u = arg;
    u->rc = gilkit_gil_acquire(u->ts);
    return NULL;
}

/* Each misuse returns what the release build returns; the debug build aborts inside. */
static int release_without_holding(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "careless");
    int rc = gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return rc;
}

static int acquire_twice(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "greedy");
    gilkit_gil_acquire(ts);
    int rc = gilkit_gil_acquire(ts);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return rc;
}

static int nested_begin(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "nester");
    gilkit_gil_acquire(ts);
    int inner_saved = 0;
    GILKIT_BEGIN_ALLOW_THREADS
    GILKIT_BEGIN_ALLOW_THREADS
    inner_saved = gilkit_saved_tstate_ != NULL;
    GILKIT_END_ALLOW_THREADS
    GILKIT_END_ALLOW_THREADS
    int holds = gilkit_tstate_holds(ts);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    /* release build: the inner BEGIN is refused (NULL) and the outer pair still balances */
    return inner_saved == 0 && holds == 1 ? GILKIT_EHELD : 0;
}

static int wrong_thread(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    foreign_use u = {gil, gilkit_tstate_create(gil, "owned-by-main"), 0};
    pthread_t th;
    pthread_create(&th, NULL, use_foreign_tstate, &u);
    pthread_join(th, NULL);
    gilkit_tstate_destroy(u.ts);
    gilkit_gil_destroy(gil);
    return u.rc;
}

static int destroy_with_attached(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "still-here");
    int rc = gilkit_gil_destroy(gil);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return rc;
}

static int destroy_while_holding(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "holder");
    gilkit_gil_acquire(ts);
    int rc = gilkit_tstate_destroy(ts);
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return rc;
}

static int touch_without_lock(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "kernel");
    int held = gilkit_assert_held();
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return held ? 0 : GILKIT_ENOTHELD;
}

static int unbalanced_gilstate(void) {
    gilkit_gil *gil = gilkit_gil_create(GILKIT_POLICY_NEW, GILKIT_DEFAULT_INTERVAL_NS);
    gilkit_tstate *ts = gilkit_tstate_create(gil, "unbalanced");
    gilkit_gil_acquire(ts);
    int rc = gilkit_gilstate_release(gil, 1); /* no matching ensure */
    gilkit_gil_release(ts, GILKIT_RELEASE_SWITCH);
    gilkit_tstate_destroy(ts);
    gilkit_gil_destroy(gil);
    return rc;
}

typedef struct {
    const char *name;
    int (*run)(void);
    int release_rc;       /* what the release build returns */
    const char *message;  /* what the debug build prints before aborting */
} misuse_case;

static const misuse_case cases[] = {
    {"release without holding", release_without_holding, GILKIT_ENOTHELD, "releasing a lock this thread does not hold"},
    {"acquire twice", acquire_twice, GILKIT_EHELD, "acquiring a lock this thread already holds"},
    {"nested BEGIN", nested_begin, GILKIT_EHELD, "nested GILKIT_BEGIN_ALLOW_THREADS"},
    {"wrong thread", wrong_thread, GILKIT_EWRONGTHREAD, "thread state used from a thread that does not own it"},
    {"destroy with attached threads", destroy_with_attached, GILKIT_EINVAL, "attached thread state(s), e.g. 'still-here'"},
    {"destroy while holding", destroy_while_holding, GILKIT_EHELD, "destroying a thread state that still holds the lock"},
    {"interpreter touched without the lock", touch_without_lock, GILKIT_ENOTHELD, "touched without holding the lock"},
    {"unbalanced gilstate", unbalanced_gilstate, GILKIT_EINVAL, "unbalanced gilstate_release"},
};

#ifdef GILKIT_DEBUG
/* Runs c in a child; expects SIGABRT and c->message on the child's stderr. */
static void expect_abort(const misuse_case *c) {
    int pipefd[2];
    CHECK_EQ(pipe(pipefd), 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pipefd[1], 2);
        close(pipefd[0]);
        c->run();
        _exit(0); /* not reached if the debug checks work */
    }
    close(pipefd[1]);
    char err[2048] = {0};
    size_t len = 0;
    ssize_t r;
    while (len < sizeof err - 1 && (r = read(pipefd[0], err + len, sizeof err - 1 - len)) > 0) len += (size_t)r;
    close(pipefd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT)) {
        fprintf(stderr, "%s: expected SIGABRT, got status %d\n", c->name, status);
        test_failures++;
    }
    if (strstr(err, c->message) == NULL || strstr(err, "gilkit: lock discipline violated") == NULL) {
        fprintf(stderr, "%s: expected \"%s\" on stderr, got: %s\n", c->name, c->message, err);
        test_failures++;
    }
}
#endif

int main(void) {
    start_watchdog(60);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
#ifdef GILKIT_DEBUG
        expect_abort(&cases[i]);
#else
        int rc = cases[i].run();
        if (rc != cases[i].release_rc) {
            fprintf(stderr, "%s: expected %d (%s), got %d\n", cases[i].name, cases[i].release_rc,
                    gilkit_strerror(cases[i].release_rc), rc);
            test_failures++;
        }
#endif
    }
#ifdef GILKIT_DEBUG
    printf("debug build: %zu misuse cases abort with their message\n", sizeof cases / sizeof cases[0]);
#else
    printf("release build: %zu misuse cases return their error code (aborts are checked by the GILKIT_DEBUG build)\n",
           sizeof cases / sizeof cases[0]);
#endif
    return test_report("test_gil_misuse");
}
