"""sleep-threads: N threads that sleep (stand-ins for I/O) vs sleeping serially.

time.sleep releases the GIL while it blocks, so the threads sleep at the same
time: speedup ~N. gilkit.gil_stats() shows the mechanism: the threads' summed
time blocked with the lock released ("blocking") is about N times the wall time.
Usage: gilkit run sleep-threads.py [THREADS] [SLEEPS] [SECONDS_PER_SLEEP]
"""
import sys
import threading
import time

import gilkit

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
SLEEPS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 0.02


def io_job(k):
    for _ in range(k):
        time.sleep(SECONDS)


t0 = time.perf_counter()
for _ in range(N):
    io_job(SLEEPS)
serial = time.perf_counter() - t0

names = []  # thread names, not idents: gilkit reuses OS threads, so an ident also has earlier threads' records


def worker():
    names.append(threading.current_thread().name)
    io_job(SLEEPS)


threads = [threading.Thread(target=worker) for _ in range(N)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - t0
stats = [s for s in gilkit.gil_stats() if s["name"] in names]

print("threads=%d" % N)
print("serial_s=%.6f" % serial)
print("parallel_s=%.6f" % parallel)
print("sleeps_per_thread=%d" % SLEEPS)
print("blocking_over_wall=%.3f" % (sum([s["blocking"] for s in stats]) / parallel))
