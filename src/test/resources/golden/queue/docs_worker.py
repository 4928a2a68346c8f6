# The queue module docs example: worker threads with task_done() and join(), plus
# PriorityQueue, LifoQueue, bounded queues and SimpleQueue.
import queue
import threading

q = queue.Queue()
done = []
done_lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        with done_lock:
            done.append(item)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in range(30):
    q.put(item)
q.join()
print("All work completed", len(done), sum(done))

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put((prio, name))
print([pq.get() for _ in range(pq.qsize())])

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)], lq.empty())

bq = queue.Queue(maxsize=2)
bq.put("a")
bq.put("b")
print(bq.full(), bq.qsize())
try:
    bq.put_nowait("c")
except queue.Full:
    print("Full")
try:
    bq.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bq.get_nowait(), bq.get())
try:
    bq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.get(), sq.qsize(), sq.empty())

# several workers and a sentinel per worker
jobs = queue.Queue()
results = queue.Queue()


def square_worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        results.put(n * n)
        jobs.task_done()


workers = [threading.Thread(target=square_worker) for _ in range(4)]
for w in workers:
    w.start()
for n in range(20):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
squares = []
while not results.empty():
    squares.append(results.get())
print(sorted(squares))
try:
    q2 = queue.Queue()
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)
