import threading
import queue

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        results.append(f'Finished {item}')
        q.task_done()

threading.Thread(target=worker, daemon=True).start()
for item in range(30):
    q.put(item)
q.join()
print('All work completed', len(results))

pq = queue.PriorityQueue()
for p, name in [(3, 'low'), (1, 'high'), (2, 'mid')]:
    pq.put((p, name))
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('a'); print(sq.get(), sq.empty(), sq.qsize())
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print('Full', bq.full())
try:
    bq.put_nowait(3)
except queue.Full as e:
    print('Full again', repr(e))
bq.get()
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bq.task_done(); bq.task_done()
except ValueError as e:
    print('ValueError:', e)
from dataclasses import dataclass, field
from typing import Any
@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)
pq = queue.PriorityQueue()
pq.put(PrioritizedItem(5, 'five')); pq.put(PrioritizedItem(1, {'x': 1}))
print(pq.get())
