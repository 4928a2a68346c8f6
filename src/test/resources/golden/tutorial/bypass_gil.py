# "Bypassing the GIL": ProcessPoolExecutor, chunksize, initializer, and mixing threads for I/O
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
import math
import os

def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def init_worker(tag):
    global TAG
    TAG = tag

def tagged(x):
    return f"{TAG}:{x * x}"

def fail(x):
    raise ValueError(f"no {x}")

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(fib, range(15), chunksize=4)))
        futs = {ex.submit(math.factorial, n): n for n in (5, 10, 20)}
        print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    with ProcessPoolExecutor(2, initializer=init_worker, initargs=("w",)) as ex:
        print(list(ex.map(tagged, [1, 2, 3])))
        f = ex.submit(fail, 3)
        try:
            f.result()
        except ValueError as e:
            print("ValueError from worker:", e)
        print(repr(f.exception()))
    with ThreadPoolExecutor() as tex:
        print(sum(tex.map(len, ["a", "bb", "ccc"])))
    print(os.cpu_count() > 0)
