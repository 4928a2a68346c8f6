# Benchmark: wake-up latency of an I/O-like thread (sleep 1 ms in a loop) while a CPU thread spins.
# Usage: gilkit run --gil=new|legacy|fifo benchmarks/io_latency.py [SAMPLES]
# For each sleep the excess over 1 ms (time to get the GIL back after waking) is recorded; prints
# p50/p90/p99/max in ms. With the `new` lock p99 stays <= the switch interval (5 ms); `legacy`
# (CPython 2's check-interval lock) shows the convoy effect: the I/O thread waits much longer.
import sys
import threading
import time

SAMPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 500
stop = False


def spin():
    x = 0
    while not stop:
        x += 1


def io_thread(out):
    for _ in range(SAMPLES):
        t0 = time.perf_counter()
        time.sleep(0.001)
        out.append(time.perf_counter() - t0 - 0.001)


def measure(with_cpu):
    global stop
    stop = False
    lat = []
    cpu = threading.Thread(target=spin)
    if with_cpu:
        cpu.start()
    t = threading.Thread(target=io_thread, args=(lat,))
    t.start()
    t.join()
    stop = True
    if with_cpu:
        cpu.join()
    lat.sort()
    n = len(lat)
    pick = lambda q: lat[min(n - 1, int(q * n))] * 1000
    return pick(0.5), pick(0.9), pick(0.99), lat[-1] * 1000


impl = getattr(sys.implementation, "name", "?")
for label, with_cpu in (("idle", False), ("with CPU thread", True)):
    p50, p90, p99, mx = measure(with_cpu)
    print(f"{impl} {label:16s}: wake-up excess p50 {p50:.3f} ms, p90 {p90:.3f} ms, p99 {p99:.3f} ms, "
          f"max {mx:.3f} ms (switch interval {sys.getswitchinterval() * 1000:.1f} ms, {SAMPLES} samples)")
