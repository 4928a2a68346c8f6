"""bench throughput: one thread hashing a large buffer with SHA-256, in MB/s.

Under gilkit it is gilkit.kernels.sha256 (the C kernel: SHA-NI when the CPU has
it); under CPython it is hashlib.sha256, i.e. OpenSSL, so the row's ratio is
gilkit against OpenSSL per core in one run. The buffer (BYTES, hashed in place:
a numpy array when numpy exists, else bytes) is built before timing; the best
of ROUNDS timings is kept, each at least SECONDS of the thread's CPU time
(time.thread_time: on a loaded machine the wall clock halves both sides at
random, while openssl speed also divides by CPU time).
Usage: gilkit run throughput.py [BYTES] [SECONDS] [ROUNDS]      python3 throughput.py ...
"""
import sys
import time

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 64 << 20
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 5
GILKIT = sys.implementation.name == "gilkit"

try:
    import numpy

    DATA = numpy.ones(SIZE // 8)  # written, not calloc's untouched zero pages (half speed)
except ImportError:
    DATA = bytes(SIZE)

if GILKIT:
    import gilkit.kernels as kernels

    def hash_once():
        kernels.sha256(DATA, policy="never")
else:
    import hashlib

    def hash_once():
        hashlib.sha256(DATA).digest()


def timed_round():
    """Seconds per hash, over as many hashes as fill SECONDS."""
    n = 0
    t0 = time.thread_time()
    while True:
        hash_once()
        n += 1
        dt = time.thread_time() - t0
        if dt >= SECONDS:
            return dt / n


hash_once()  # warm up
best = min([timed_round() for _ in range(ROUNDS)])
print("implementation=%s" % sys.implementation.name)
print("bytes=%d" % SIZE)
print("seconds_per_hash=%.6f" % best)
print("mb_per_s=%.1f" % (SIZE / best / 1e6))
