# queue: FIFO/LIFO/priority order, sizes, block/timeout, nowait, Empty/Full, task_done/join.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (5, "e"), (4, "d")]:
    pq.put(item)
print([pq.get()[1] for _ in range(5)])

bq = queue.Queue(maxsize=2)
bq.put(1); bq.put_nowait(2)
print(bq.full(), bq.qsize(), bq.maxsize)
for call in (lambda: bq.put_nowait(3), lambda: bq.put(3, block=False), lambda: bq.put(3, timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
print(bq.get_nowait(), bq.get(block=False))
for call in (bq.get_nowait, lambda: bq.get(False), lambda: bq.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    bq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bq.task_done(); bq.task_done(); bq.task_done()
except ValueError as e:
    print("ValueError:", e)

sq = queue.SimpleQueue()
sq.put("x"); sq.put_nowait("y")
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
