import threading, queue, time, sys, os
q = queue.Queue(maxsize=10)
event = threading.Event()
def producer(q, event):
    for i in range(5):
        q.put(i)
    event.set()
def consumer(q, event):
    out = []
    while not event.is_set() or not q.empty():
        try:
            out.append(q.get(timeout=0.05))
        except queue.Empty:
            pass
    print("consumed", out)
p = threading.Thread(target=producer, args=(q, event)); c = threading.Thread(target=consumer, args=(q, event))
p.start(); c.start(); p.join(); c.join()
sem = threading.Semaphore(2); cond = threading.Condition()
items = []
def cons():
    with cond:
        cond.wait_for(lambda: items)
        print("got", items.pop())
t = threading.Thread(target=cons); t.start()
with cond:
    items.append(42); cond.notify()
t.join()
timer = threading.Timer(0.05, lambda: print("timer fired")); timer.start(); timer.join()
local = threading.local(); local.x = 5; print(local.x, threading.current_thread().name, threading.active_count())
print(sys.version_info[:2] >= (3, 0), type(os.getpid()).__name__)
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
    def run(self):
        print(self.name, self.n ** 2)
ts = [MyThread(i) for i in range(3)]
for t in ts: t.start(); t.join()
b = threading.Barrier(2)
def bw(): b.wait(); 
x = threading.Thread(target=bw); x.start(); b.wait(); x.join(); print("barrier ok", threading.get_ident() > 0)
start = time.perf_counter(); time.sleep(0.01); print(round(time.perf_counter() - start, 1))
