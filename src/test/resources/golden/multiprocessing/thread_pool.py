# multiprocessing.pool.ThreadPool: the Pool API on threads (nothing is pickled, so lambdas and
# locks are fine), and multiprocessing.dummy-style use
import threading
from multiprocessing.pool import ThreadPool

lock = threading.Lock()
seen = []


def record(x):
    with lock:
        seen.append(x)
    return x * 10


if __name__ == '__main__':
    with ThreadPool(3) as pool:
        print(pool.map(record, range(6)))
        print(pool.map(lambda x: x + 1, [1, 2, 3]))
        print(pool.apply(lambda a, b: a * b, (6, 7)))
        print(sorted(pool.imap_unordered(str, [3, 1, 2])))
        print(pool.starmap(max, [(1, 5), (7, 2)]))
        r = pool.apply_async(len, ("abcd",))
        print(r.get(), r.successful())
        try:
            pool.apply(int, ("x",))
        except ValueError as e:
            print("ValueError:", e)
    print(sorted(seen))
    pool = ThreadPool(2)
    print(pool.map(abs, [-1, -2]))
    pool.close()
    pool.join()
    print(threading.active_count())
