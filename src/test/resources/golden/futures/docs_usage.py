# concurrent.futures as the docs and tutorials use it: submit/result, map with exceptions,
# as_completed over a dict of futures, wait(), callbacks, cancel, shutdown, initializer.
import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED


def square(n):
    return n * n


def slow(n, delay):
    time.sleep(delay)
    return n


def fail(n):
    raise ValueError(f"bad value {n}")


with ThreadPoolExecutor(max_workers=4) as ex:
    fut = ex.submit(square, 12)
    print(fut.result(), fut.done(), fut.cancelled(), fut.exception())
    print(list(ex.map(square, range(6))))
    futures = {ex.submit(square, n): n for n in range(5)}
    out = {}
    for f in as_completed(futures):
        out[futures[f]] = f.result()
    print(sorted(out.items()))
    bad = ex.submit(fail, 3)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result() raised:", e)
    try:
        list(ex.map(fail, [1]))
    except ValueError as e:
        print("map raised:", e)

with ThreadPoolExecutor(max_workers=2) as ex:
    quick = ex.submit(slow, "quick", 0.0)
    late = ex.submit(slow, "late", 0.5)
    done, not_done = wait([quick, late], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    done, not_done = wait([quick, late], return_when=ALL_COMPLETED)
    print("all completed:", sorted(f.result() for f in done), len(not_done))
    try:
        ex.submit(slow, "x", 0.5).result(timeout=0.01)
    except concurrent.futures.TimeoutError:
        print("TimeoutError")

# cancel a task that has not started: one worker busy, the next task waits in the queue
gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    return gate.wait()


with ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(hold)
    started.wait()  # the blocker is running: cancel() must fail whoever gets the lock first
    pending = ex.submit(square, 3)
    print("cancel pending:", pending.cancel(), pending.cancelled())
    print("cancel running:", blocker.cancel())
    gate.set()
    print(blocker.result())

calls = []


def on_done(f):
    calls.append(("callback", f.result()))


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(square, 7)
    f.add_done_callback(on_done)
print(calls)
f.add_done_callback(lambda f: calls.append(("late callback", f.result())))
print(calls)

ex = ThreadPoolExecutor(max_workers=1)
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

names = []


def init(tag):
    names.append(tag)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool", initializer=init, initargs=("ready",)) as ex:
    got = list(ex.map(lambda _: threading.current_thread().name.startswith("pool_"), range(4)))
print(all(got), set(names))

with ThreadPoolExecutor() as ex:
    results = list(ex.map(slow, [3, 1, 2], [0.02, 0.0, 0.01]))
print("map keeps input order:", results)
try:
    with ThreadPoolExecutor(max_workers=0):
        pass
except ValueError as e:
    print("ValueError:", e)
