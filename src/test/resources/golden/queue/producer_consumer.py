# Producers and consumers over a bounded Queue; task_done/join; sentinel shutdown.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()

def producer(base):
    for i in range(10):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * 2)
        q.task_done()

consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print(len(results), sum(results), sorted(results)[:5], sorted(results)[-3:])
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(q.empty(), q.unfinished_tasks)

# strict hand-off order through two queues (ping-pong)
ping, pong = queue.Queue(), queue.Queue()
log = []
def ponger():
    for _ in range(5):
        n = ping.get()
        log.append("pong %d" % n)
        pong.put(n + 1)
t = threading.Thread(target=ponger)
t.start()
n = 0
for _ in range(5):
    ping.put(n)
    n = pong.get()
    log.append("ping got %d" % n)
t.join()
print(log)

# a get() blocked in another thread wakes up on put()
box = queue.Queue()
got = []
w = threading.Thread(target=lambda: got.append(box.get(timeout=5)))
w.start()
box.put("hello")
w.join()
print(got)
