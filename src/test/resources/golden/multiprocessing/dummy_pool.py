# multiprocessing.dummy as tutorials use it: the Pool API on threads.
from multiprocessing.dummy import Pool as ThreadPool
import multiprocessing.dummy as md
import threading


def square(x):
    return x * x


with ThreadPool(4) as pool:
    print(pool.map(square, range(10)))
    print(sorted(pool.imap_unordered(square, [3, 1, 2])))
    print(pool.apply_async(square, (7,)).get(timeout=5))

q = md.Queue()
results = []


def worker(n):
    results.append(n * 10)
    q.put(n)


procs = [md.Process(target=worker, args=(i,)) for i in range(3)]
for p in procs:
    p.start()
for p in procs:
    p.join()
print(sorted(results), sorted(q.get() for _ in range(3)))
print([p.exitcode for p in procs], md.active_children())
print(isinstance(md.current_process(), threading.Thread))
lock = md.Lock()
with lock:
    print("locked", lock.locked())
