# join() returns only once the thread state is gone (the _tstate_lock sentinel is released by
# the runtime after the thread left the interpreter), so _thread._count() is exact right after.
import _thread
import threading

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

for round_ in range(20):
    threads = [threading.Thread(target=work, args=(2000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not any(t.is_alive() for t in threads)
    if _thread._count() != 0:
        print("round", round_, "count", _thread._count())
print("after joins:", _thread._count(), threading.active_count())
lock = _thread._set_sentinel()
print(type(lock).__name__, lock.locked())
