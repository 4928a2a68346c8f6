from concurrent.futures import ThreadPoolExecutor
import traceback

def work(n):
    if n % 3 == 0:
        raise RuntimeError(f"Something bad happened with {n}")
    return n * 10

with ThreadPoolExecutor(max_workers=2) as executor:
    futures = {executor.submit(work, n): n for n in range(1, 7)}
    for future, n in sorted(futures.items(), key=lambda kv: kv[1]):
        try:
            print(n, "->", future.result())
        except RuntimeError as e:
            print(n, "failed:", e)

def init(x):
    print("initializer got", x)

with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=(5,)) as ex:
    print(ex.submit(sum, [1, 2, 3]).result())

# exception re-raised from result() with traceback
with ThreadPoolExecutor() as ex:
    fut = ex.submit(work, 3)
try:
    fut.result()
except RuntimeError:
    tb = traceback.format_exc()
    print(tb.splitlines()[0])
    print(tb.splitlines()[-1])
