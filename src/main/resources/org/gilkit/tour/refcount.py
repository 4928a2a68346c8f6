"""refcount: why the lock exists at all.

CPython frees memory by reference counting: every object's header holds
ob_refcnt, Py_INCREF adds one, Py_DECREF subtracts one and frees the object at
zero. Both are a plain read-modify-write (`op->ob_refcnt++`), not an atomic
instruction: the GIL guarantees that one thread at a time touches an object.
This program runs exactly those updates in C, on one shared object header
(gilkit.kernels.RefcountObject), from N threads at once, each taking REFS
references and dropping them again, PAIRS times:

- mode='held': the GIL is held around the updates (CPython's way): the count
  ends where it started, however the threads interleave;
- mode='released': the same updates with the GIL released, the bug a C
  extension makes when it touches objects without the lock. Two threads read
  the same count and each writes back its own result, so one update is lost:
  the count drifts. Below its start the object is freed while still referenced
  (each "dealloc" is a decref that reached zero: a use after free, then a
  double free); above it, the object leaks. Nothing crashes here because the
  header is only a lesson, but the numbers are the real race;
- mode='atomic': atomic adds with the GIL released: exact again, but every
  update is a locked instruction, several times a plain one even on one thread
  (plain_ns vs atomic_ns per pair below), and slower still when cores fight
  over the object's cache line. CPython chose one lock over taxing every
  incref; the free-threaded build (PEP 703) pays with biased reference counts.

How far the released count drifts depends on how often the threads really
run at the same instant: on a busy machine some runs may not collide at all.
serial_s is the held run, parallel_s the released one (fast and wrong).
Usage: gilkit run refcount.py [THREADS] [PAIRS] [ROUNDS] [REFS]
"""
import sys
import threading
import time

import gilkit.kernels as kernels

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
PAIRS = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
REFS = int(sys.argv[4]) if len(sys.argv) > 4 else 64
START = 1


def threaded(mode):
    """N threads on one fresh header: (final count, deallocs, wall seconds)."""
    obj = kernels.RefcountObject(START)
    deallocs = []
    together = threading.Barrier(N)  # enter C at the same moment: the race needs overlap

    def work():
        together.wait()
        deallocs.append(obj.incref_decref(PAIRS, REFS, mode=mode))

    threads = [threading.Thread(target=work) for _ in range(N)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return obj.refcount, sum(deallocs), time.perf_counter() - t0


def ns_per_pair(mode, pairs):
    """One thread, a private header: the cost of one incref+decref pair."""
    obj = kernels.RefcountObject(START)
    obj.incref_decref(pairs // 10 + 1, REFS, mode=mode)  # warm caches and the JIT
    t0 = time.perf_counter()
    obj.incref_decref(pairs, REFS, mode=mode)
    return (time.perf_counter() - t0) / pairs * 1e9


held = [threaded("held") for _ in range(ROUNDS)]
released = [threaded("released") for _ in range(ROUNDS)]
atomic = threaded("atomic")
plain_ns = min([ns_per_pair("held", N * PAIRS) for _ in range(3)])
atomic_ns = min([ns_per_pair("atomic", N * PAIRS) for _ in range(3)])

print("threads=%d" % N)
print("serial_s=%.6f" % min([r[2] for r in held]))
print("parallel_s=%.6f" % min([r[2] for r in released]))
print("pairs_per_thread=%d" % PAIRS)
print("refs=%d" % REFS)
print("rounds=%d" % ROUNDS)
print("start=%d" % START)
print("held_counts=%s" % ",".join([str(r[0]) for r in held]))
print("held_deallocs=%d" % sum([r[1] for r in held]))
print("released_counts=%s" % ",".join([str(r[0]) for r in released]))
print("released_deallocs=%d" % sum([r[1] for r in released]))
print("released_drifted=%d" % len([r for r in released if r[0] != START]))
print("atomic_count=%d" % atomic[0])
print("atomic_s=%.6f" % atomic[2])
print("plain_ns=%.3f" % plain_ns)
print("atomic_ns=%.3f" % atomic_ns)
