"""convoy: how long an I/O thread waits to get the GIL back behind a CPU thread.

An I/O thread sleeps 1 ms again and again (a stand-in for a socket read) and
measures how late it wakes up, first alone, then while a CPU-bound thread
spins. Run it under `--gil=legacy` (CPython 2: the CPU thread drops the lock
every 100 ticks and grabs it right back) and `--gil=new` (CPython 3.2+: the
waiter asks for a drop when the CPU thread's switch interval is over) to
compare p50/p99. Under gilkit it also prints how many times the I/O thread
woke up waiting for the lock and found it taken again (lost_wakeups): the
convoy, counted, from the lock's own statistics.
Usage: gilkit run --gil=new convoy.py [WAKEUPS]
"""
import sys
import threading
import time

try:
    import gilkit
except ImportError:  # CPython: no lock statistics
    gilkit = None

WAKEUPS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
PERIOD = 0.001


def io_thread(samples, n):
    for _ in range(n):
        t0 = time.perf_counter()
        time.sleep(PERIOD)
        samples.append(time.perf_counter() - t0 - PERIOD)


def spin(stop):
    x = 0
    while not stop:
        for i in range(1000):
            x += i


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(p * len(s)))]


alone = []
t0 = time.perf_counter()
io_thread(alone, WAKEUPS)
serial = time.perf_counter() - t0

stop = []
cpu = threading.Thread(target=spin, args=(stop,))
cpu.start()
time.sleep(0.01)
busy = []
t0 = time.perf_counter()
worker = threading.Thread(target=io_thread, args=(busy, WAKEUPS))
worker.start()
worker.join()
parallel = time.perf_counter() - t0
stop.append(True)
cpu.join()

print("threads=2")
print("serial_s=%.6f" % serial)
print("parallel_s=%.6f" % parallel)
print("wakeups=%d" % WAKEUPS)
print("p50_alone_ms=%.3f" % (percentile(alone, 0.5) * 1000))
print("p50_ms=%.3f" % (percentile(busy, 0.5) * 1000))
print("p99_ms=%.3f" % (percentile(busy, 0.99) * 1000))
if gilkit is not None:
    io = [r for r in gilkit.gil_stats() if r["name"] == worker.name]
    print("lost_wakeups=%d" % io[0]["wakeups_lost"])
