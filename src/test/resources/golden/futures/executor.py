# ThreadPoolExecutor: submit, result, map order, exceptions, shutdown, callbacks, names.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Future, as_completed, wait
from concurrent.futures import FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, CancelledError
import concurrent.futures

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    futs = [ex.submit(square, i) for i in range(20)]
    print(sorted(f.result() for f in as_completed(futs)))
    print(sum(f.result() for f in futs))

def fail(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(f.exception()).__name__, repr(f).endswith("state=finished raised ValueError>"))
    ok = ex.submit(square, 3)
    ok.result()
    print(repr(ok).endswith("state=finished returned int>"))
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised:", e)

ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker")
names = ex.submit(lambda: threading.current_thread().name).result()
print(names)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

default = ThreadPoolExecutor()
print(default._max_workers > 0, default._thread_name_prefix.startswith("ThreadPoolExecutor-"))
default.shutdown(wait=True)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

# callbacks
seen = []
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(square, 5)
    f.result()
    f.add_done_callback(lambda fut: seen.append(("late", fut.result())))
print(seen)

# a Future used directly
fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except CancelledError:
    print("CancelledError")
fut2 = Future()
fut2.add_done_callback(lambda f: seen.append(("cb", f.result())))
fut2.set_result(42)
print(fut2.result(timeout=0), seen[-1])
fut3 = Future()
try:
    fut3.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError", concurrent.futures.TimeoutError is TimeoutError)

# wait() variants with a gate
gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    quick = ex.submit(square, 2)
    slow = ex.submit(gate.wait)
    done, not_done = wait([quick, slow], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    done, not_done = wait([quick, slow], timeout=0.01)
    print(len(done), len(not_done))
    bad = ex.submit(fail, 1)
    done, not_done = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    gate.set()
    r = wait([quick, slow, bad], return_when=ALL_COMPLETED)
    print(len(r.done), len(r.not_done), type(r).__name__)

# cancel_futures on shutdown
block = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(block.wait)
queued = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
block.set()
first.result()
print([q.cancelled() for q in queued])

# map with timeout
with ThreadPoolExecutor(1) as ex:
    it = ex.map(time.sleep, [0.5], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("map timeout")
