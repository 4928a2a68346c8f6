# Lock and RLock semantics, including errors and timeouts.
import threading

lock = threading.Lock()
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.acquire(), lock.locked(), repr(lock).startswith("<locked _thread.lock"))
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
for bad in [dict(blocking=False, timeout=1), dict(timeout=-2)]:
    try:
        lock.acquire(**bad)
    except ValueError as e:
        print("ValueError:", e)

# a lock can be released by another thread
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("released by other thread:", not lock.locked())

r = threading.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print("owner=%d count=3" % threading.get_ident() in repr(r))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with")

got = []
def other():
    got.append(r.acquire(blocking=False))
    got.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        got.append(str(e))
r.acquire()
t = threading.Thread(target=other); t.start(); t.join()
r.release()
print(got)

# counter under a lock
counter = 0
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
