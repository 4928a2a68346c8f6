"""lock-off-race: a shared counter incremented by N threads without a Lock.

Run it with `gilkit run --gil=off lock-off-race.py`: with no GIL, `box[0] += 1`
(read, add, write) from several threads at once loses updates. With a Lock
around the increment, none are lost. This is the bug class the GIL hides.
Usage: gilkit run --gil=off lock-off-race.py [THREADS] [INCREMENTS_PER_THREAD]
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
K = int(sys.argv[2]) if len(sys.argv) > 2 else 200000


def bump(box, k):
    for _ in range(k):
        box[0] += 1


def bump_locked(box, k, lock):
    for _ in range(k):
        with lock:
            box[0] += 1


def run(target, args):
    threads = [threading.Thread(target=target, args=args) for _ in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


box = [0]
bump(box, K)  # warm-up: let the JIT compile the loop before timing
box = [0]
t0 = time.perf_counter()
for _ in range(N):
    bump(box, K)
serial = time.perf_counter() - t0

box = [0]
t0 = time.perf_counter()
run(bump, (box, K))
parallel = time.perf_counter() - t0
lost = N * K - box[0]

locked = [0]
run(bump_locked, (locked, K, threading.Lock()))
lost_locked = N * K - locked[0]

print("threads=%d" % N)
print("serial_s=%.6f" % serial)
print("parallel_s=%.6f" % parallel)
print("expected=%d" % (N * K))
print("lost_updates=%d" % lost)
print("lost_updates_locked=%d" % lost_locked)
