"""switch-interval: the trade-off behind sys.setswitchinterval.

N CPU-bound threads do a fixed amount of work while a latency thread sleeps
1 ms again and again and records how late it gets the GIL back. A short
interval hands the lock over often (more switching overhead, low latency); a
long one keeps CPU threads running (throughput) but makes the waiter wait;
gilkit.switch_count() shows how often the lock changed hands.
The tour runs it with `gilkit run --switch-interval=S` for S = 1e-06, 0.0001,
0.005 and 0.05 (or set it here with sys.setswitchinterval).
SERIAL=0 skips the warm-up and the serial timing (the tour times them once,
at the 5 ms interval, and reuses the warm JIT for the other intervals).
Usage: gilkit run --switch-interval=0.005 switch-interval.py [THREADS] [ITERATIONS] [SERIAL]
"""
import sys
import threading
import time

import gilkit

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 5000000
SERIAL = int(sys.argv[3]) if len(sys.argv) > 3 else 1
PERIOD = 0.001


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def waiter(samples, done):
    while not done:
        t0 = time.perf_counter()
        time.sleep(PERIOD)
        samples.append(time.perf_counter() - t0 - PERIOD)


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(p * len(s)))] if s else 0.0


serial = None
if SERIAL:
    count(WORK)  # warm-up: let the JIT compile the loop before timing
    t0 = time.perf_counter()
    for _ in range(N):
        count(WORK)
    serial = time.perf_counter() - t0

samples = []
done = []
w = threading.Thread(target=waiter, args=(samples, done))
threads = [threading.Thread(target=count, args=(WORK,)) for _ in range(N)]
switches = gilkit.switch_count()
t0 = time.perf_counter()
w.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - t0
handoffs = gilkit.switch_count() - switches
done.append(True)
w.join()

print("threads=%d" % N)
if serial is not None:
    print("serial_s=%.6f" % serial)
print("parallel_s=%.6f" % parallel)
print("switch_interval_s=%g" % sys.getswitchinterval())
print("wakeups=%d" % len(samples))
print("gil_handoffs=%d" % handoffs)
print("p50_ms=%.3f" % (percentile(samples, 0.5) * 1000))
print("p99_ms=%.3f" % (percentile(samples, 0.99) * 1000))
