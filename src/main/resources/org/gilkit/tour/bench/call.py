"""bench call: the cost of one call to a tiny kernel from interpreted code.

KIND is py-function (g(i), a Python function of one argument), py-method
(a.m(i), a method of a plain class), sha256-64 (hashlib.sha256(64 bytes).digest()), kernels-sha256-64
(gilkit.kernels.sha256 of 64 bytes, gilkit only), numpy-sum-16 (a.sum() of a
16-element float64 array) or kernels-sum-16 (gilkit.kernels.sum of it, gilkit
only). The loop calling it and the same loop empty are both timed (best of
ROUNDS, each sized to take about SECONDS); the difference per iteration is the
call's cost. Timings are the thread's CPU time (time.thread_time): on a loaded
machine the wall clock swings both sides at random. Before timing, the loop
runs until a run is no longer faster than the best so far (a JIT compiles
gilkit's loop meanwhile: short --quick rounds otherwise timed cold code, 4x
slower). Prints skipped=REASON when the kind is not available here.
Usage: gilkit run call.py [KIND] [SECONDS] [ROUNDS]      python3 call.py ...
"""
import sys
import time

KIND = sys.argv[1] if len(sys.argv) > 1 else "sha256-64"
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 5
GILKIT = sys.implementation.name == "gilkit"
B64 = bytes(range(64))


def g(x):
    return x


class A:
    def m(self, x):
        return x


def make_loop():
    """A function running the call n times, or a string saying why not."""
    if KIND == "py-function":
        def loop(n):
            for i in range(n):
                g(i)
        return loop
    if KIND == "py-method":
        def loop(n):
            a = A()
            for i in range(n):
                a.m(i)
        return loop
    if KIND == "sha256-64":
        import hashlib

        def loop(n):
            h = hashlib.sha256
            b = B64
            for _ in range(n):
                h(b).digest()
        return loop
    if KIND == "kernels-sha256-64":
        if not GILKIT:
            return "gilkit only"
        import gilkit.kernels as kernels

        def loop(n):
            h = kernels.sha256
            b = B64
            for _ in range(n):
                h(b)
        return loop
    if KIND in ("numpy-sum-16", "kernels-sum-16"):
        try:
            import numpy
        except ImportError:
            return "numpy is not available"
        a = numpy.ones(16)
        if KIND == "numpy-sum-16":
            def loop(n):
                for _ in range(n):
                    a.sum()
            return loop
        if not GILKIT:
            return "gilkit only"
        import gilkit.kernels as kernels
        if not hasattr(kernels, "sum"):
            return "gilkit.kernels.sum is not available"

        def loop(n):
            s = kernels.sum
            for _ in range(n):
                s(a)
        return loop
    return "unknown kind " + KIND


def empty(n):
    for _ in range(n):
        pass


def timed(fn, n):
    t0 = time.thread_time()
    fn(n)
    return time.thread_time() - t0


def settle(fn, n, runs=12):
    """Runs fn(n) until a run is not 5% faster than the best before it (at most runs)."""
    best = timed(fn, n)
    for _ in range(runs - 1):
        t = timed(fn, n)
        if t > 0.95 * best:
            return
        best = t


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


LOOP = make_loop()
print("implementation=%s" % sys.implementation.name)
print("kind=%s" % KIND)
if isinstance(LOOP, str):
    print("skipped=%s" % LOOP)
    sys.exit(0)
n = calibrate(LOOP, 1000)
settle(LOOP, n)
calibrate(empty, n)  # warm the empty loop too
settle(empty, n)
best_call = min([timed(LOOP, n) for _ in range(ROUNDS)])
best_empty = min([timed(empty, n) for _ in range(ROUNDS)])
print("calls=%d" % n)
print("loop_ns=%.3f" % (best_call / n * 1e9))
print("empty_ns=%.3f" % (best_empty / n * 1e9))
print("ns_per_call=%.3f" % ((best_call - best_empty) / n * 1e9))
