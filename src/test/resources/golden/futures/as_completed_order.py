# as_completed yields in completion order; driven by events so the order is deterministic.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

events = [threading.Event() for _ in range(4)]
order = [2, 0, 3, 1]

def job(i):
    events[i].wait()
    return i

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(job, i): i for i in range(4)}
    got = []
    it = as_completed(futs)
    for i in order:
        events[i].set()
        f = next(it)
        got.append(futs[f])
    print(got)

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(threading.Event().wait, 1)
    try:
        for _ in as_completed([f], timeout=0.01):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)
