# Python docs "threading" examples: Thread subclass, RLock, Condition.wait_for, Semaphore,
# BoundedSemaphore, Event with timeout, Lock with timeout, Barrier with action and abort.
import threading
import time


class Counter(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


workers = [Counter(1000, name=f"counter-{i}") for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.total, w.is_alive()) for w in workers])

# RLock: the same thread may acquire it several times
rlock = threading.RLock()


def outer():
    with rlock:
        return inner()


def inner():
    with rlock:
        return "reentrant ok"


print(outer())
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(timeout=0.01), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition.wait_for: consumer waits until the producer has made 5 items
items = []
cond = threading.Condition()


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 5)
        out.append(list(items))


result = []
c = threading.Thread(target=consumer, args=(result,))
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print("consumer saw", result[0])
with cond:
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))

# Semaphore limits concurrency; record the maximum number of holders
sem = threading.Semaphore(2)
state = {"inside": 0, "max": 0}
state_lock = threading.Lock()


def limited(i):
    with sem:
        with state_lock:
            state["inside"] += 1
            state["max"] = max(state["max"], state["inside"])
        time.sleep(0.01)
        with state_lock:
            state["inside"] -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("never more than 2 holders:", 1 <= state["max"] <= 2)

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.Semaphore(0).acquire(timeout=0.01))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.01, ev.set).start()
print(ev.wait(5), ev.is_set())
ev.clear()
print(ev.is_set())

# Barrier: the action runs once per generation, in one of the threads
arrivals = []
barrier = threading.Barrier(3, action=lambda: arrivals.append("all arrived"))


def party(i, out):
    idx = barrier.wait()
    out.append(idx)


out = []
ps = [threading.Thread(target=party, args=(i, out)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(out), arrivals, barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError, broken =", b2.broken)
b2.reset()
print("after reset broken =", b2.broken)
b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("aborted:", type(e).__name__)
