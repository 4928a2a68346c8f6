# The classic "hash every file in a folder with a thread pool" program, unchanged from the
# tutorials: os.walk finds the files, each worker reads 1 MiB chunks and feeds hashlib.
# Both halves release the GIL in gilkit, as in CPython: the read (open()'s file object waits for
# the OS with the lock released) and sha256.update on a large buffer (the C kernel runs between
# GILKIT_BEGIN/END_ALLOW_THREADS). So threads overlap even though the loop around them is Python.
#   java -jar target/gilkit.jar run examples/hash_files_threadpool.py [FILES] [MIB_PER_FILE]
# prints the time for 1 worker and for os.cpu_count() workers and checks both give the same
# digests. `gilkit run --stats` shows the lock mostly free: the threads spend their time in the
# kernel and in read(), not in bytecode.
import hashlib
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

FILES = int(sys.argv[1]) if len(sys.argv) > 1 else 8
MIB = int(sys.argv[2]) if len(sys.argv) > 2 else 16


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return os.path.basename(path), h.hexdigest()


def hash_tree(root, workers):
    paths = [os.path.join(d, name) for d, _, names in os.walk(root) for name in sorted(names)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        digests = dict(pool.map(sha256_file, paths))
    return digests, time.perf_counter() - t0


with tempfile.TemporaryDirectory() as root:
    block = os.urandom(1 << 20)
    for i in range(FILES):
        with open(os.path.join(root, f"file{i:02d}.bin"), "wb") as f:
            for j in range(MIB):
                f.write(block[j:] + block[:j])
    hash_tree(root, 1)  # warm-up: page cache and JIT
    one, t1 = hash_tree(root, 1)
    workers = os.cpu_count()
    many, tn = hash_tree(root, workers)
    size = FILES * MIB
    print(f"{FILES} files, {size} MiB")
    print(f"1 worker:   {t1:.3f} s ({size / t1:.0f} MiB/s)")
    print(f"{workers} workers:  {tn:.3f} s ({size / tn:.0f} MiB/s), {t1 / tn:.2f}x")
    print("same digests:", one == many)
