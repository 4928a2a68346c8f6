# Idioms from the docs and Q&A sites: PrioritizedItem dataclass in a PriorityQueue, iter(q.get,
# None) with a sentinel, a repeating Timer subclass, a stop Event, standalone Futures, partial
# and bound-method targets, Condition.wait timeouts.
import concurrent.futures
import functools
import itertools
import queue
import sys
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)


pq = queue.PriorityQueue()
for p, job in [(5, {"job": "write"}), (1, {"job": "read"}), (3, ["list", "payload"])]:
    pq.put(PrioritizedItem(p, job))
while not pq.empty():
    entry = pq.get()
    print(entry.priority, entry.item)

q = queue.Queue()
collected = []


def drain():
    for item in iter(q.get, None):
        collected.append(item * 2)


t = threading.Thread(target=drain)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
t.join()
print("drained:", collected)


class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []
enough = threading.Event()


def tick(label):
    ticks.append(label)
    if len(ticks) >= 3:
        enough.set()


rt = RepeatTimer(0.005, tick, args=("tick",))
rt.start()
enough.wait()
rt.cancel()
rt.join()
print("ticks >= 3:", len(ticks) >= 3, set(ticks))

stop = threading.Event()
loops = itertools.count()


def background():
    while not stop.is_set():
        next(loops)
        stop.wait(0.001)


bg = threading.Thread(target=background, daemon=True)
bg.start()
while next(loops) < 5:
    pass
stop.set()
bg.join()
print("background stopped:", not bg.is_alive())

f = concurrent.futures.Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_result("value")
print(f.result(), f.done())
g = concurrent.futures.Future()
g.set_exception(ZeroDivisionError("nope"))
print(repr(g.exception()))
h = concurrent.futures.Future()
print(h.cancel(), h.cancelled(), h.set_running_or_notify_cancel())
try:
    h.result()
except concurrent.futures.CancelledError:
    print("CancelledError")


def power(base, exp):
    results.append(base ** exp)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, out):
        out.append(f"hello from {self.name}")


results = []
targets = [functools.partial(power, exp=2), functools.partial(power, 3)]
for tg, arg in zip(targets, [7, 2]):
    th = threading.Thread(target=tg, args=(arg,))
    th.start()
    th.join()
print(results)
greetings = []
th = threading.Thread(target=Greeter("bound method").greet, args=(greetings,))
th.start()
th.join()
th = threading.Thread(target=lambda: greetings.append("lambda"))
th.start()
th.join()
print(greetings)

cond = threading.Condition()
with cond:
    print("wait timed out ->", cond.wait(0.01))
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
thread_run = []
runner = threading.Thread(target=lambda: thread_run.append(threading.current_thread().name), name="direct")
runner.run()
print("run() called directly in:", thread_run)
starter = threading.Thread(target=lambda: None)
print(starter.start())
starter.join()
