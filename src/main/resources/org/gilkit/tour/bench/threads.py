"""bench threads: CPU-bound work on 1 thread vs THREADS threads (speedup).

Under a GIL (gilkit, CPython) the threads take turns: speedup ~1.0. Runs
unchanged under gilkit and CPython. Work is sized to take SECONDS serially
after a warm-up; ROUNDS pairs of serial and threaded runs alternate and the
pair with the median speedup is reported.
Usage: gilkit run threads.py [THREADS] [SECONDS] [ROUNDS]
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 3


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
        count(n)
    return time.perf_counter() - t0


def parallel(n):
    threads = [threading.Thread(target=count, args=(n,)) for _ in range(N)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


K = calibrate(count, 10000)
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
print("implementation=%s" % sys.implementation.name)
print("threads=%d" % N)
print("iterations=%d" % K)
print("serial_s=%.6f" % s)
print("parallel_s=%.6f" % p)
print("speedup=%.4f" % ratio)
