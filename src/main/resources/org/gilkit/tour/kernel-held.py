"""kernel-held: N threads calling native kernels (crc32 and sha256 of 1 MiB).

The same kernel in hold mode (policy='never') keeps the GIL while it runs,
so the threads take turns: speedup ~1.0. Compare kernel-released.
Usage: gilkit run kernel-held.py [THREADS] [CALLS_PER_THREAD] [BYTES]
"""
import sys
import threading
import time

import gilkit.kernels as kernels

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
CALLS = int(sys.argv[2]) if len(sys.argv) > 2 else 40
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 1 << 20
POLICY = "never"

DATA = bytes(range(256)) * (SIZE // 256)


def work(calls):
    for _ in range(calls):
        kernels.crc32(DATA, policy=POLICY)
        kernels.sha256(DATA, policy=POLICY)


work(2)  # warm-up
t0 = time.perf_counter()
for _ in range(N):
    work(CALLS)
serial = time.perf_counter() - t0

threads = [threading.Thread(target=work, args=(CALLS,)) for _ in range(N)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - t0

print("threads=%d" % N)
print("serial_s=%.6f" % serial)
print("parallel_s=%.6f" % parallel)
print("policy=%s" % POLICY)
print("calls_per_thread=%d" % CALLS)
print("bytes=%d" % len(DATA))
