"""cpu-threads: N CPU-bound threads vs the same work done serially.

The GIL lets one thread run bytecode at a time, so the threads take as long as
the serial loop: speedup ~1.0 whatever the number of cores.
Usage: gilkit run cpu-threads.py [THREADS] [ITERATIONS]
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 3000000


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


count(WORK)  # warm-up: let the JIT compile the loop before timing
t0 = time.perf_counter()
for _ in range(N):
    count(WORK)
serial = time.perf_counter() - t0

threads = [threading.Thread(target=count, args=(WORK,)) for _ in range(N)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - t0

print("threads=%d" % N)
print("serial_s=%.6f" % serial)
print("parallel_s=%.6f" % parallel)
print("iterations=%d" % WORK)
