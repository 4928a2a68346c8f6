# Misusing locks and the primitives built on them: CPython's exact errors, and the lock still
# works afterwards.
import _thread
import threading


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


lock = threading.Lock()
attempt("release unlocked Lock", lock.release)
attempt("release unlocked _thread lock", _thread.allocate_lock().release)
lock.acquire()
attempt("re-acquire Lock, non-blocking", lock.acquire, False)
attempt("re-acquire Lock, timeout 0.05", lock.acquire, timeout=0.05)
attempt("re-acquire Lock, blocking with timeout 0", lock.acquire, True, 0)
for bad in [1e300, 1e10, 2 ** 70, float("nan"), -0.5, -2, "1", None, [1]]:
    attempt("timeout=%r" % (bad,), lock.acquire, timeout=bad)
attempt("RLock timeout='1'", threading.RLock().acquire, timeout="1")
lock.release()
print("usable:", lock.acquire(), lock.locked())
lock.release()

r = threading.RLock()
attempt("release un-acquired RLock", r.release)
r.acquire()
errors = []


def release_from_other():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(r.acquire(timeout=0.05))


t = threading.Thread(target=release_from_other)
t.start()
t.join()
print("other thread:", errors)
r.release()
attempt("release RLock once too often", r.release)
print("RLock usable:", r.acquire(), r.acquire(), r.release(), r.release())

c = threading.Condition()
attempt("wait without the lock", c.wait, 0.01)
attempt("notify without the lock", c.notify)
attempt("notify_all without the lock", c.notify_all)
with c:
    print("wait with timeout:", c.wait(0.01))

s = threading.Semaphore(1)
attempt("Semaphore(-1)", threading.Semaphore, -1)
attempt("release(0)", s.release, 0)
b = threading.BoundedSemaphore(1)
attempt("over-release BoundedSemaphore", b.release)
print("BoundedSemaphore usable:", b.acquire(), b.acquire(timeout=0.01), b.release())

th = threading.Thread(target=lambda: None)
attempt("join before start", th.join)
th.start()
attempt("start twice", th.start)
th.join()
attempt("join current thread", threading.current_thread().join)

with lock:
    lock.release()
    try:
        pass
    finally:
        lock.acquire()
print("with after manual release/re-acquire:", lock.locked())
with lock:
    lock.release()
