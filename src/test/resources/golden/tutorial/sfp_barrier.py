from random import random, seed
from threading import Thread, Barrier, BrokenBarrierError

results = {}
def operation(barrier, number):
    value = (number * 7) % 10 / 10
    results[number] = value
    barrier.wait()

barrier = Barrier(5 + 1)
for i in range(5):
    Thread(target=operation, args=(barrier, i)).start()
print('Main thread waiting on all results...')
barrier.wait()
print(f'All threads have their result: {sorted(results.items())}')

def action():
    print('Barrier action executed')
b2 = Barrier(3, action=action)
ids = []
def w():
    ids.append(b2.wait())
ts = [Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(ids), b2.parties, b2.n_waiting, b2.broken)

b3 = Barrier(2, timeout=0.02)
try:
    b3.wait()
except BrokenBarrierError as e:
    print('broken', type(e).__name__, b3.broken)
b3.reset()
print(b3.broken)
b4 = Barrier(2)
def aborter():
    b4.abort()
t = Thread(target=aborter)
try:
    t.start()
    b4.wait()
except BrokenBarrierError:
    print('aborted')
t.join()
