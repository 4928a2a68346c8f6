# Every kind of blocking call, each one certain to block (timeouts on things nobody provides):
# sleep, a lock wait, join of a thread that cannot finish yet, and a get from an empty queue.
import queue
import threading
import time

gate = threading.Lock()
gate.acquire()

def waiter():
    gate.acquire()
    gate.release()

t = threading.Thread(target=waiter)
t.start()
time.sleep(0.001)
t.join(timeout=0.01)
print("alive after join timeout:", t.is_alive())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("queue empty")
print("lock taken:", gate.acquire(timeout=0.01))
gate.release()
t.join()
print("alive at the end:", t.is_alive())
