# Barrier: wait indices, the action, n_waiting, abort/broken, reset, timeout.
import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("all arrived"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()
def party():
    i = b.wait()
    with lock:
        indices.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(indices), actions)

# reusable: two rounds
rounds = []
def two_rounds(name):
    for r in range(2):
        b.wait()
        with lock:
            rounds.append(r)
ts = [threading.Thread(target=two_rounds, args=(n,)) for n in "abc"]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(rounds), len(actions))

# timeout breaks the barrier
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken)

# abort wakes a waiter
b3 = threading.Barrier(2)
res = []
def w():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        res.append("broken")
t = threading.Thread(target=w); t.start()
while b3.n_waiting == 0:
    threading.Event().wait(0.001)
b3.abort()
t.join()
print(res, issubclass(threading.BrokenBarrierError, RuntimeError))
