# Two threads hash the same MEGABYTES of data with hashlib.sha256 (a kernel that releases the
# lock for large inputs) right after a barrier: while one hashes without the lock, the other can
# take it and start its own hash, so their native spans overlap.
import hashlib
import sys
import threading

MEGABYTES = int(sys.argv[1]) if len(sys.argv) > 1 else 16
data = b"gilkit" * (MEGABYTES * 1024 * 1024 // 6)
barrier = threading.Barrier(2)
digests = {}

def work(name):
    barrier.wait()
    digests[name] = hashlib.sha256(data).hexdigest()

threads = [threading.Thread(target=work, args=(n,), name=n) for n in ("hasher-a", "hasher-b")]
for t in threads: t.start()
for t in threads: t.join()
print(digests["hasher-a"] == digests["hasher-b"] == hashlib.sha256(data).hexdigest())
