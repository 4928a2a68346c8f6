# Condition: producer/consumer hand-offs, wait_for, notify/notify_all, timeouts, errors.
import threading

cond = threading.Condition()
items = []
log = []

def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            log.append("got %d" % items.pop(0))
            cond.notify_all()

c = threading.Thread(target=consumer, args=(5,))
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
        cond.wait_for(lambda: not items)
c.join()
print(log)

# ping-pong in strict alternation
turn = ["ping"]
out = []
def player(me, other, rounds):
    for _ in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            out.append(me)
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start(); b.start(); a.join(); b.join()
print(" ".join(out))

# notify_all wakes every waiter
ready = []
go = [False]
def waiter(i):
    with cond:
        ready.append(i)
        cond.notify_all()
        cond.wait_for(lambda: go[0])
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
with cond:
    cond.wait_for(lambda: len(ready) == 4)
    go[0] = True
    cond.notify_all()
for w in ws: w.join()
print(sorted(ready), [w.is_alive() for w in ws])

with cond:
    print("timed out wait:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# a Condition over a plain Lock
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(0), c2._is_owned())
print(c2._is_owned())
print(repr(c2).startswith("<Condition(<unlocked _thread.lock object at"))
