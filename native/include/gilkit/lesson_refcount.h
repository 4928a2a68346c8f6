/*
 * gilkit/lesson_refcount.h - why the lock exists at all, made observable in C.
 *
 * CPython manages memory by reference counting: every object starts with a header whose
 * ob_refcnt counts the references to it, Py_INCREF adds one, Py_DECREF subtracts one and frees
 * the object when the count reaches zero. Both are a plain read-modify-write of ob_refcnt
 * (`op->ob_refcnt++`), not an atomic instruction, because the GIL guarantees that only one
 * thread touches any object at a time. This lesson kernel runs exactly that update on a shared
 * header, in three ways:
 *
 *   GILKIT_REFCOUNT_HELD      plain read-modify-write with the lock held (what CPython does):
 *                             however many threads call it, the count ends where it started;
 *   GILKIT_REFCOUNT_RELEASED  the same plain update inside GILKIT_BEGIN/END_ALLOW_THREADS: the
 *                             bug a C extension makes when it touches objects without the lock.
 *                             Two threads read the same count and both write back their own
 *                             result, so one update is lost: a lost Py_INCREF leaves the object
 *                             freed while still referenced (a use after free), a lost Py_DECREF
 *                             leaks it. The count drifts;
 *   GILKIT_REFCOUNT_ATOMIC    an atomic add (lock xadd) inside BEGIN/END: correct without the
 *                             lock, but every incref and decref now costs an atomic instruction,
 *                             several times a plain one even on one thread, and far more when
 *                             two cores fight over the object's cache line. That cost, paid by
 *                             all single-threaded code, is why CPython kept the GIL instead
 *                             (PEP 703's free-threaded build pays it back with biased reference
 *                             counting: plain updates by the owning thread, atomic by others).
 *
 * The "plain" update is a relaxed atomic load followed by a relaxed atomic store: the same
 * instructions as `ob_refcnt++` on x86-64 (mov, add, mov), a real lost-update race, but no
 * undefined behaviour for the compiler to exploit and no way for it to fuse the loop into one
 * addition (which it would do with a plain int and would hide the race).
 */
#ifndef GILKIT_LESSON_REFCOUNT_H
#define GILKIT_LESSON_REFCOUNT_H

#include <stdint.h>

#include "gilkit/gil.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The first two fields of every CPython object (PyObject_HEAD), as the lesson's object. */
typedef struct gilkit_lesson_object {
    int64_t ob_refcnt;   /**< references to the object; updated only by this lesson's kernel */
    const void *ob_type; /**< unused: there to give the header CPython's shape (16 bytes) */
} gilkit_lesson_object;

#define GILKIT_REFCOUNT_HELD 0     /**< plain read-modify-write, lock held (CPython's way) */
#define GILKIT_REFCOUNT_RELEASED 1 /**< plain read-modify-write, lock released (the bug) */
#define GILKIT_REFCOUNT_ATOMIC 2   /**< atomic add, lock released (correct, costly) */

/** Pairs between two cancellation polls: a few milliseconds of the plain loop. */
#define GILKIT_REFCOUNT_POLL_PAIRS (1 << 20)

/** Largest `refs`: one round's references (a thread holding a million references is plenty). */
#define GILKIT_REFCOUNT_MAX_REFS (1 << 20)

/**
 * Runs `pairs` Py_INCREF/Py_DECREF pairs on `obj`, in rounds: take `refs` references (refs
 * increfs, as when storing the object in a list of that length), then drop them (refs decrefs);
 * the last round may be shorter. Counts the decrefs that brought ob_refcnt to exactly zero:
 * each is a _Py_Dealloc call CPython would make although references remain ("freed while still
 * referenced": a use after free, or a double free when it happens again).
 * Called with the lock held; HELD keeps it for the whole loop, RELEASED and ATOMIC release it
 * around the loop (GILKIT_BEGIN/END_ALLOW_THREADS). Polls gilkit_cancel_requested() after
 * every round that completes another GILKIT_REFCOUNT_POLL_PAIRS pairs.
 * With the lock held (or atomic updates) and the count starting >= 1, the count ends where it
 * started and the result is 0 whatever other threads do. Released, each thread's updates that
 * survive are a subsequence of its own +1/-1 sequence, so after N threads of `pairs` each the
 * count lies within start +- N * pairs.
 * @param obj the shared header, 8-byte aligned; other threads may update it concurrently
 * @param pairs >= 0; 0 does nothing and returns 0
 * @param refs references held at once, in [1, GILKIT_REFCOUNT_MAX_REFS]
 * @param mode GILKIT_REFCOUNT_HELD, _RELEASED or _ATOMIC
 * @return the number of decrefs that reached zero, GILKIT_EINVAL for a NULL or misaligned obj,
 *         negative pairs, refs out of range or an unknown mode, GILKIT_ECANCELLED if cancelled
 *         (obj then holds the count as the completed rounds left it)
 */
GILKIT_API int64_t gilkit_lesson_refcount_pairs(gilkit_lesson_object *obj, int64_t pairs, int64_t refs, int mode);

#ifdef __cplusplus
}
#endif

#endif /* GILKIT_LESSON_REFCOUNT_H */
