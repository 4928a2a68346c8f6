# Benchmark: 2 CPU-bound threads vs the same work run twice in one thread.
# Usage: gilkit run [--gil=POLICY] benchmarks/threads_cpu_ratio.py [N] [ROUNDS]
# Prints the best-of-ROUNDS wall times and the ratio threads/serial (goal: <= 1.02; CPython ~1.0-1.03).
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def work():
    total = 0
    for i in range(N):
        total += i
    return total


def serial():
    t0 = time.perf_counter()
    work()
    work()
    return time.perf_counter() - t0


def threaded():
    ts = [threading.Thread(target=work) for _ in range(2)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


work()  # warm up (JIT)
s = []
p = []
for _ in range(ROUNDS):
    s.append(serial())
    p.append(threaded())
best_s, best_p = min(s), min(p)
impl = getattr(sys.implementation, "name", "?")
print(f"{impl}: serial 2x work {best_s:.3f} s, 2 threads {best_p:.3f} s, ratio {best_p / best_s:.3f} "
      f"(switch interval {sys.getswitchinterval()} s, N={N}, best of {ROUNDS})")
