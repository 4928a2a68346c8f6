"""processes: N processes doing the cpu-threads work vs the same work serially.

Each multiprocessing.Process has its own interpreter and so its own GIL (with
the default 'fork' start method gilkit makes it a new interpreter inside this
JVM), so CPU-bound work runs on all cores: speedup ~min(N, cores). Compare
cpu-threads, where threads share one GIL. The mechanism: each child reports
how long it held its own GIL; the summed hold time exceeds the wall time (two
GILs held at once), which one shared lock could never allow.
The work is sized like cpu-threads (SECONDS serially, after a warm-up); the
processes are started first and timed from a go signal, start-up being
reported apart (startup_s); ROUNDS pairs of serial and process runs alternate
and the pair with the median speedup is reported.
Usage: gilkit run processes.py [PROCESSES] [SECONDS] [ROUNDS]
"""
import multiprocessing
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


def held():
    """Seconds this interpreter's own GIL has been held, summed over its threads."""
    return sum([s["held"] for s in gilkit.gil_stats()])


def child(n, ready, go, results):
    """A process's work, started when the parent says go (so that process start-up,
    which copies the interpreter's modules, is not timed); reports how long this
    process's own GIL was held during the work."""
    ready.put(True)
    go.wait()
    before = held()
    count(n)
    results.put(held() - before)


def calibrate(work, k):
    """Work per thread so that N threads' work takes SECONDS serially.

    Also the warm-up: the first calls run before the JIT has compiled the
    interpreter's loop and can be ten times slower, so k is re-timed (about
    50 ms a call) until two timings in a row agree within 10% and are close to
    the best rate seen.
    """
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


def serial(k):
    t0 = time.perf_counter()
    for _ in range(N):
        count(k)
    return time.perf_counter() - t0


def parallel(k):
    """Wall time of the work in N processes, their summed GIL hold time, and the
    start-up time (timed separately: all processes are started and waiting first)."""
    ready = multiprocessing.Queue()
    results = multiprocessing.Queue()
    go = multiprocessing.Event()
    procs = [multiprocessing.Process(target=child, args=(k, ready, go, results)) for _ in range(N)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for _ in procs:
        ready.get()
    startup = time.perf_counter() - t0
    t0 = time.perf_counter()
    go.set()
    total_held = sum([results.get() for _ in procs])
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
        if p.exitcode != 0:
            raise RuntimeError("a process exited with status %s" % p.exitcode)
    return wall, total_held, startup


def warm_up(k):
    """Untimed process rounds until two in a row agree within 15%: starting a
    process takes paths the JIT has not compiled yet (and can make it recompile
    the interpreter's loop). At most 10 rounds, 3 for --quick (its time budget;
    the median of the timed pairs absorbs what is left), one for tiny test runs."""
    prev = 0.0
    for _ in range(10 if SECONDS >= 0.3 else 3 if SECONDS >= 0.1 else 1):
        dt = parallel(k)[0]
        if prev > 0 and abs(dt - prev) <= 0.15 * prev:
            return
        prev = dt


if __name__ == "__main__":
    K = calibrate(count, 10000)
    warm_up(max(1, K // 4))
    K = calibrate(count, K)  # again, now that the JIT has seen processes start
    pairs = []
    for r in range(ROUNDS):
        # alternate which side runs first so that load drifting over time hits both alike
        if r % 2 == 0:
            s = serial(K)
            p = parallel(K)
        else:
            p = parallel(K)
            s = serial(K)
        pairs.append((s / p[0], s, p))
    pairs.sort(key=lambda x: x[0])
    ratio, serial_s, (wall, total_held, startup) = pairs[len(pairs) // 2]
    print("threads=%d" % N)
    print("serial_s=%.6f" % serial_s)
    print("parallel_s=%.6f" % wall)
    print("rounds=%d" % ROUNDS)
    print("speedup_low=%.3f" % pairs[0][0])
    print("speedup_high=%.3f" % pairs[-1][0])
    print("iterations=%d" % K)
    print("held_over_wall=%.3f" % (total_held / wall))
    print("startup_s=%.6f" % startup)
