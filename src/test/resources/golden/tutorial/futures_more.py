import concurrent.futures as cf
import time
import threading

def sleeper(t):
    time.sleep(t)
    return t

with cf.ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(sleeper, t) for t in (0.3, 0.01, 0.3)]
    done, pending = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print(len(done) >= 1, [f.result() for f in done][:1])
    try:
        for f in cf.as_completed(fs[::2], timeout=0.01):
            pass
    except cf.TimeoutError as e:
        print("TimeoutError:", e)
    try:
        list(ex.map(sleeper, [0.3], timeout=0.01))
    except TimeoutError:
        print("map timed out")

def raiser(x):
    if x:
        raise KeyError(x)
with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(raiser, x) for x in (0, 1, 0)]
    done, pending = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(any(f.exception() is not None for f in done))

ex = cf.ThreadPoolExecutor(1)
first = ex.submit(sleeper, 0.1)
rest = [ex.submit(sleeper, 1) for _ in range(3)]
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])

f = cf.Future()
f.set_exception(ZeroDivisionError("nope"))
print(repr(f.exception()), f.done())
try:
    f.result()
except ZeroDivisionError as e:
    print("raised", e)
f2 = cf.Future()
print(f2.set_running_or_notify_cancel(), f2.running())
f2.set_result(None)
try:
    f2.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", e.__class__.__name__)
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(ex._max_workers)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
