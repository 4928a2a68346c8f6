import threading
from typing import Any, Callable, Optional
import functools
import time

class ReturnThread(threading.Thread):
    def __init__(self, target: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(target=target, args=args, kwargs=kwargs)
        self.result: Optional[Any] = None

    def run(self) -> None:
        if self._target is not None:
            self.result = self._target(*self._args, **self._kwargs)

    def join(self, timeout: Optional[float] = None) -> Any:
        super().join(timeout)
        return self.result

def add(a, b, *, scale=1):
    return (a + b) * scale

t = ReturnThread(add, 2, 3, scale=10)
t.start()
print(t.join())
print(repr(t).startswith("<ReturnThread(Thread-1 (add), stopped"))

def synchronized(lock):
    def wrapper(f):
        @functools.wraps(f)
        def inner(*a, **k):
            with lock:
                return f(*a, **k)
        return inner
    return wrapper

count = 0
@synchronized(threading.Lock())
def bump():
    """Increment."""
    global count
    count += 1

ts = [threading.Thread(target=lambda: [bump() for _ in range(1000)]) for _ in range(5)]
for x in ts: x.start()
for x in ts: x.join()
print(count, bump.__name__, bump.__doc__)

@functools.lru_cache(maxsize=None)
def slow_square(n):
    time.sleep(0.001)
    return n * n
ts = [threading.Thread(target=slow_square, args=(i % 4,)) for i in range(12)]
for x in ts: x.start()
for x in ts: x.join()
print(slow_square.cache_info().currsize, [slow_square(i) for i in range(4)])
t = threading.Thread(target=print, args=("a", "b"), kwargs={"sep": "-"}, name="printer")
print(t)
t.start(); t.join()
print(repr(t).startswith("<Thread(printer, stopped "))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
