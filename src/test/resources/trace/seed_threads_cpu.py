# /work/shared/examples/seed_threads_cpu.py with the loop count as an optional argument
# (default: the original 50_000_000), so that tests can trace a short run.
import sys
from threading import Thread
import time

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000_000

def cpu_task():
    total = 0
    for i in range(COUNT):
        total += i

start = time.perf_counter()

threads = [Thread(target=cpu_task) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()

print("Threads time:", round(time.perf_counter() - start, 2))
