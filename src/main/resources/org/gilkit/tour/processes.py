"""processes: N CPU-bound processes vs the same work done serially.

Each process has its own interpreter and its own GIL (multiprocessing with the
fork start method: the child is a copy of this program in a new interpreter),
so CPU-bound work runs in parallel: speedup ~ the number of cores (and ~1.0 on
one core). Each child reports its own lock's statistics: its main thread held
its own GIL for about all of its run, and nobody asked for it (hardly any
hand-offs), unlike cpu-threads where the workers take turns on one lock.
The time of the processes includes starting them (copying this module).
The work is sized to take SECONDS serially after a JIT warm-up; ROUNDS pairs of
serial and parallel runs alternate and the pair with the median speedup is
reported.
Usage: gilkit run processes.py [PROCESSES] [SECONDS] [ROUNDS]
"""
import multiprocessing as mp
import sys
import time

import gilkit

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 3


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def calibrate(work, k):
    """Work per process so that N processes' work takes SECONDS serially (and the warm-up)."""
    short = min(0.02, SECONDS / 8)
    rate = prev = best = 0.0
    for _ in range(40):
        t0 = time.perf_counter()
        work(k)
        dt = time.perf_counter() - t0
        if dt < short:
            k *= 2
            continue
        rate = dt / k
        best = rate if best == 0.0 else min(best, rate)
        if prev > 0 and abs(rate - prev) <= 0.1 * prev and rate <= 1.25 * best:
            break
        prev = rate
        k = max(1, int(k * min(0.05, SECONDS / 4) / dt))
    return max(1, int(SECONDS / N / best))


def child(k, q):
    """Runs in a process: the work, then this interpreter's own lock statistics."""
    t0 = time.perf_counter()
    count(k)
    wall = time.perf_counter() - t0
    held = sum([s["held"] for s in gilkit.gil_stats() if s["name"] == "MainThread"])
    q.put((mp.current_process().pid, gilkit.switch_count(), held / wall))


def serial(k):
    t0 = time.perf_counter()
    for _ in range(N):
        count(k)
    return time.perf_counter() - t0


def parallel(k):
    """Wall time and the children's reports (pid, hand-offs of their lock, held/own wall)."""
    q = mp.SimpleQueue()
    procs = [mp.Process(target=child, args=(k, q)) for _ in range(N)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    wall = time.perf_counter() - t0
    return wall, [q.get() for _ in procs]


def measure(k):
    pairs = []
    for r in range(ROUNDS):
        if r % 2 == 0:
            s = serial(k)
            p = parallel(k)
        else:
            p = parallel(k)
            s = serial(k)
        pairs.append((s / p[0], s, p))
    pairs.sort(key=lambda x: x[0])
    return pairs[len(pairs) // 2], pairs[0][0], pairs[-1][0]


if __name__ == '__main__':
    mp.set_start_method('fork')
    K = calibrate(count, 10000)
    parallel(max(1, K // 4))  # warm-up: process start-up paths
    (ratio, serial_s, (wall, reports)), low, high = measure(K)
    print("threads=%d" % N)
    print("serial_s=%.6f" % serial_s)
    print("parallel_s=%.6f" % wall)
    print("rounds=%d" % ROUNDS)
    print("speedup_low=%.3f" % low)
    print("speedup_high=%.3f" % high)
    print("iterations=%d" % K)
    print("gils=%d" % len(set([r[0] for r in reports])))
    print("child_handoffs_max=%d" % max([r[1] for r in reports]))
    print("child_held_min=%.3f" % min([r[2] for r in reports]))
