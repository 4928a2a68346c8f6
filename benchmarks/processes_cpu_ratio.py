# Benchmark: 2 CPU-bound processes vs the same work run twice in one process.
# Usage: gilkit run benchmarks/processes_cpu_ratio.py [N] [ROUNDS] [fork|spawn]
# Prints the best-of-ROUNDS wall times and the ratio processes/serial. Each process has its own
# interpreter and GIL, so on 2 idle cores the goal is <= 0.6 (CPython 3.11: ~0.5-0.55).
# The process time includes starting the processes: a fork copy of this module, or a new JVM
# for spawn (whose own JIT warm-up makes it much slower for short work).
import multiprocessing as mp
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
METHOD = sys.argv[3] if len(sys.argv) > 3 else 'fork'


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


def processes():
    ps = [mp.Process(target=work) for _ in range(2)]
    t0 = time.perf_counter()
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return time.perf_counter() - t0


if __name__ == '__main__':
    mp.set_start_method(METHOD)
    work()  # warm up (JIT)
    s = []
    p = []
    for _ in range(ROUNDS):
        s.append(serial())
        p.append(processes())
    best_s, best_p = min(s), min(p)
    impl = getattr(sys.implementation, "name", "?")
    print(f"{impl}: serial 2x work {best_s:.3f} s, 2 processes ({METHOD}) {best_p:.3f} s, "
          f"ratio {best_p / best_s:.3f} (N={N}, best of {ROUNDS}, cpu_count {mp.cpu_count()})")
