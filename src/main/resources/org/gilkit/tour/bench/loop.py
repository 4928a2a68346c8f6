"""bench loop: interpreter speed, ns per iteration of `total += i` in a function.

Runs unchanged under gilkit and CPython (`gilkit bench` runs both and prints
the ratio). The loop count is sized to take SECONDS after a warm-up (the first
calls run before the JIT has compiled gilkit's eval loop); the best of ROUNDS
timings is reported.
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
    t0 = time.perf_counter()
    fn(n)
    return time.perf_counter() - t0


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


N = calibrate(count, 10000)
best = min([timed(count, N) for _ in range(ROUNDS)])
print("implementation=%s" % sys.implementation.name)
print("iterations=%d" % N)
print("ns_per_iter=%.3f" % (best / N * 1e9))
