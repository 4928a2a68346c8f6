"""bench kernel: a native kernel on 1 thread vs THREADS threads, released or held.

KERNEL is sha256 (over BYTES of bytes) or sum (over a float64 array of BYTES/8
elements). Under gilkit the kernel comes from gilkit.kernels with POLICY
'always' (release the GIL in C) or 'never' (hold it); sum needs gilkit's numpy
(without gilkit.kernels.sum, 'always' uses a.sum(), which releases above its
threshold, and 'never' is skipped).
Under CPython it is hashlib.sha256 / numpy's sum, which release the GIL as
their library decides (POLICY is ignored there). Data is built before timing,
calls are sized to take SECONDS serially; ROUNDS alternated pairs, median kept.
Prints skipped=REASON when the kernel is not available here.
Usage: gilkit run kernel.py [KERNEL] [POLICY] [THREADS] [SECONDS] [ROUNDS] [BYTES]
"""
import sys
import threading
import time

KERNEL = sys.argv[1] if len(sys.argv) > 1 else "sha256"
POLICY = sys.argv[2] if len(sys.argv) > 2 else "always"
N = int(sys.argv[3]) if len(sys.argv) > 3 else 2
SECONDS = float(sys.argv[4]) if len(sys.argv) > 4 else 0.3
ROUNDS = int(sys.argv[5]) if len(sys.argv) > 5 else 3
SIZE = int(sys.argv[6]) if len(sys.argv) > 6 else 1 << 20
GILKIT = sys.implementation.name == "gilkit"


def make_call():
    """The kernel call (a function of no arguments), or a string saying why not."""
    if KERNEL == "sha256":
        try:
            import numpy

            data = numpy.zeros(SIZE // 8)  # a buffer both runtimes hash in place
        except ImportError:
            data = bytes(range(256)) * (SIZE // 256)
        if GILKIT:
            import gilkit.kernels as kernels
            return lambda: kernels.sha256(data, policy=POLICY)
        import hashlib
        return lambda: hashlib.sha256(data).digest()
    if KERNEL == "sum":
        try:
            import numpy
        except ImportError:
            return "numpy is not available"
        a = numpy.ones(SIZE // 8)
        if GILKIT:
            import gilkit.kernels as kernels
            if hasattr(kernels, "sum"):
                return lambda: kernels.sum(a, policy=POLICY)
            if POLICY == "never":
                return "gilkit.kernels.sum (policy='never') is not available"
            return lambda: a.sum()  # numpy's sum releases the GIL above its threshold
        return lambda: a.sum()
    return "unknown kernel " + KERNEL


def calls(n):
    for _ in range(n):
        CALL()


def timed(fn, n):
    t0 = time.perf_counter()
    fn(n)
    return time.perf_counter() - t0


def calibrate(fn, n):
    """n so that N calls fn(n) take about SECONDS, re-timed until two rates agree within 10%."""
    rate = prev = 0.0
    for _ in range(40):
        dt = timed(fn, n)
        if dt < SECONDS / 10 / N:
            n *= 2
            continue
        rate = dt / n
        if prev > 0 and abs(rate - prev) <= 0.1 * prev:
            break
        prev = rate
        n = max(1, int(SECONDS / N / rate))
    return max(1, int(SECONDS / N / rate))


def serial(n):
    t0 = time.perf_counter()
    for _ in range(N):
        calls(n)
    return time.perf_counter() - t0


def parallel(n):
    threads = [threading.Thread(target=calls, args=(n,)) for _ in range(N)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


CALL = make_call()
print("implementation=%s" % sys.implementation.name)
print("kernel=%s" % KERNEL)
print("policy=%s" % (POLICY if GILKIT else "library"))
if isinstance(CALL, str):
    print("skipped=%s" % CALL)
    sys.exit(0)
K = calibrate(calls, 1)
parallel(max(1, K // 4))  # warm the thread paths
pairs = []
for r in range(ROUNDS):
    if r % 2 == 0:
        s = serial(K)
        p = parallel(K)
    else:
        p = parallel(K)
        s = serial(K)
    pairs.append((s / p, s, p))
pairs.sort()
ratio, s, p = pairs[len(pairs) // 2]
print("threads=%d" % N)
print("calls_per_thread=%d" % K)
print("bytes=%d" % SIZE)
print("serial_s=%.6f" % s)
print("parallel_s=%.6f" % p)
print("speedup=%.4f" % ratio)
print("mb_per_s_1thread=%.1f" % (N * K * SIZE / s / 1e6))
