"""cpu-threads: N CPU-bound threads vs the same work done serially.

The GIL lets one thread run bytecode at a time, so the threads take as long as
the serial loop: speedup ~1.0 whatever the number of cores. gilkit.gil_stats()
shows the mechanism: the threads took turns (each acquired the lock many
times) and their summed time holding it is about the wall time (never two at
once).
The work is sized to take SECONDS serially (measured after a warm-up that lets
the JIT compile the loop); ROUNDS pairs of serial and threaded runs
alternate and the pair with the median speedup is reported, so a burst of
load from other programs (or the JIT recompiling) does not decide the result.
Usage: gilkit run cpu-threads.py [THREADS] [SECONDS] [ROUNDS]
"""
import sys
import threading
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


def serial(work, k):
    t0 = time.perf_counter()
    for _ in range(N):
        work(k)
    return time.perf_counter() - t0


def parallel(work, k):
    """Wall time, GIL hand-offs and the workers' gil_stats() records."""
    names = []  # thread names, not idents: gilkit reuses OS threads, so an ident also has earlier threads' records

    def run():
        names.append(threading.current_thread().name)
        work(k)

    threads = [threading.Thread(target=run) for _ in range(N)]
    switches = gilkit.switch_count()
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    handoffs = gilkit.switch_count() - switches
    return wall, handoffs, [s for s in gilkit.gil_stats() if s["name"] in names]


def measure(work, k):
    """ROUNDS pairs of (serial, threaded) runs, alternating which goes first so
    that load drifting over time hits both sides alike; the pair with the median
    speedup is reported (with the lowest and highest speedup seen)."""
    pairs = []
    for r in range(ROUNDS):
        if r % 2 == 0:
            s = serial(work, k)
            p = parallel(work, k)
        else:
            p = parallel(work, k)
            s = serial(work, k)
        pairs.append((s / p[0], s, p))
    pairs.sort(key=lambda x: x[0])
    return pairs[len(pairs) // 2], pairs[0][0], pairs[-1][0]


def warm_up(work, k):
    """Untimed threaded rounds until two in a row agree within 15%: new threads
    take code paths the serial calibration did not, which the JIT compiles too."""
    prev = 0.0
    for _ in range(10):
        dt = parallel(work, k)[0]
        if prev > 0 and abs(dt - prev) <= 0.15 * prev:
            return
        prev = dt


K = calibrate(count, 10000)
warm_up(count, max(1, K // 4))
(ratio, serial_s, (wall, handoffs, stats)), low, high = measure(count, K)
print("threads=%d" % N)
print("serial_s=%.6f" % serial_s)
print("parallel_s=%.6f" % wall)
print("rounds=%d" % ROUNDS)
print("speedup_low=%.3f" % low)
print("speedup_high=%.3f" % high)
print("iterations=%d" % K)
print("gil_handoffs=%d" % handoffs)
print("turns_min=%d" % min([s["acquisitions"] for s in stats]))
print("held_over_wall=%.3f" % (sum([s["held"] for s in stats]) / wall))
