# Event and (Bounded)Semaphore.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []
def waiter(i):
    ev.wait()
    seen.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws: w.start()
ev.set()
for w in ws: w.join()
print(sorted(seen), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())
print(repr(ev).startswith("<threading.Event at 0x"), repr(ev).endswith(": unset>"))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)

# at most 2 workers inside at once
inside = [0]
peak = [0]
guard = threading.Lock()
pool = threading.BoundedSemaphore(2)
def worker():
    with pool:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        ev2.wait(0.02)
        with guard:
            inside[0] -= 1
ev2 = threading.Event()
ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak[0] <= 2, "inside:", inside[0])
try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)
print(repr(pool).endswith("value=2/2>"))
