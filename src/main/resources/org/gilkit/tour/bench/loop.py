"""bench loop: interpreter speed, ns per iteration of `total += i` in a function.

Runs unchanged under gilkit and CPython (`gilkit bench` runs both and prints
the ratio). The loop count is sized to take SECONDS; then the loop is run
until a run is no longer faster than the best so far (gilkit's eval loop is
being compiled by the JVM's JIT meanwhile, and on a loaded machine the
optimising compile can come late: timing before it settles measured whatever
tier happened to run, which made the row swing by 2x between runs); the best
of ROUNDS timings after that is reported. Timings are the thread's CPU time
(time.thread_time): on a loaded machine the wall clock swings both sides at
random, CPU time much less.
Usage: gilkit run loop.py [SECONDS] [ROUNDS]      python3 loop.py [SECONDS] [ROUNDS]
"""
import sys
import time

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 0.3
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def timed(fn, n):
    t0 = time.thread_time()
    fn(n)
    return time.thread_time() - t0


def calibrate(fn, n):
    """n so that fn(n) takes about SECONDS, re-timed until two rates agree within 10%."""
    rate = prev = 0.0
    for _ in range(40):
        dt = timed(fn, n)
        if dt < SECONDS / 10:
            n *= 2
            continue
        rate = dt / n
        if prev > 0 and abs(rate - prev) <= 0.1 * prev:
            break
        prev = rate
        n = max(1, int(SECONDS / rate))
    return max(1, int(SECONDS / rate))


def settle(fn, n, runs=30):
    """Runs fn(n) until two runs in a row are not 3% faster than the best before them (at most runs)."""
    best = timed(fn, n)
    flat = 0
    for _ in range(runs - 1):
        t = timed(fn, n)
        if t > 0.97 * best:
            flat += 1
            if flat == 2:
                return
        else:
            flat = 0
        best = min(best, t)


N = calibrate(count, 10000)
settle(count, N)
best = min([timed(count, N) for _ in range(ROUNDS)])
print("implementation=%s" % sys.implementation.name)
print("iterations=%d" % N)
print("ns_per_iter=%.3f" % (best / N * 1e9))
