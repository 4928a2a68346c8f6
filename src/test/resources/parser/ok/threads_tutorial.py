import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from queue import Queue

counter = 0
lock = threading.Lock()


def worker(n: int) -> None:
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def producer(q: Queue, items):
    for item in items:
        q.put(item)
    q.put(None)


def consumer(q):
    results = []
    while (item := q.get()) is not None:
        results.append(item * 2)
    return results


class Counter:
    def __init__(self):
        self._value = 0
        self._lock = threading.RLock()

    def increment(self):
        with self._lock:
            self._value += 1

    @property
    def value(self):
        return self._value

    def __repr__(self):
        return f"Counter(value={self._value!r})"


def main():
    threads = [threading.Thread(target=worker, args=(100_000,)) for _ in range(4)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"counter={counter} elapsed={elapsed:.3f}s")
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(pow, 2, i): i for i in range(8)}
        for fut in as_completed(futures):
            print(futures[fut], fut.result())
    event = threading.Event()
    cond = threading.Condition()
    sem = threading.Semaphore(2)
    barrier = threading.Barrier(2, timeout=5)
    local = threading.local()
    local.x = 1
    try:
        barrier.wait(timeout=0.1)
    except threading.BrokenBarrierError as exc:
        print("broken", exc, sep=": ", end="\n", flush=True)
    finally:
        event.set()


if __name__ == "__main__":
    main()
