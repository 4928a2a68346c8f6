# Benchmark: 2 CPU-bound threads vs the same work run twice in one thread.
# Usage: gilkit run [--gil=POLICY] benchmarks/threads_cpu_ratio.py [N] [ROUNDS]
# Prints the best-of-ROUNDS wall times and the ratio threads/serial (goal: <= 1.02; CPython ~1.0-1.03).
#
# Warm-up. gilkit runs bytecode in a JIT-compiled Java loop, and the JIT's code is only as good as
# the paths it has seen: after a single serial warm-up call, the first threaded runs took paths
# (threading's start/join, the lock's hand-off) that made the JVM throw the compiled loop away and
# run it in its first-tier code, about 1.7x slower per iteration, for the 1-3 s a recompile takes
# on a busy 2-core machine (issue 5: -XX:+LogCompilation, "made not entrant" on "unstable_if"
# traps). So the warm-up runs untimed serial+threaded pairs until (under gilkit)
# gilkit.jit_pending() reports no compilation of the interpreter running or queued and either two
# pairs in a row agree within 10 % or WARM_PAIRS pairs ran; at most WARM_SECONDS. CPython has no
# JIT: there the warm-up only costs time.
#
# Rounds alternate which side goes first, so that load drifting over time hits both alike; each
# side's best time is taken (the least disturbed run of the same work).
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
WARM_SECONDS = 30.0
WARM_PAIRS = 4

try:
    import gilkit

    def jit_busy():
        return gilkit.jit_pending() > 0
except ImportError:
    def jit_busy():
        return False


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


def close(a, b):
    return abs(a - b) <= 0.1 * min(a, b)


def warm_up():
    work()
    start = time.perf_counter()
    prev = None
    pairs = 0
    while time.perf_counter() - start < WARM_SECONDS:
        pair = (serial(), threaded())
        pairs += 1
        steady = prev is not None and close(pair[0], prev[0]) and close(pair[1], prev[1])
        if (steady or pairs >= WARM_PAIRS) and not jit_busy():
            return
        prev = pair


warm_up()
s = []
p = []
for r in range(ROUNDS):
    if r % 2 == 0:
        s.append(serial())
        p.append(threaded())
    else:
        p.append(threaded())
        s.append(serial())
best_s, best_p = min(s), min(p)
impl = getattr(sys.implementation, "name", "?")
print(f"{impl}: serial 2x work {best_s:.3f} s, 2 threads {best_p:.3f} s, ratio {best_p / best_s:.3f} "
      f"(switch interval {sys.getswitchinterval()} s, N={N}, best of {ROUNDS})")
