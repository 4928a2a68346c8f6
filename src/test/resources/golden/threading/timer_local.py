# Timer (fires, cancel) and threading.local.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start(); t.join()
c = threading.Timer(10, fired.append, args=["cancelled"])
c.start(); c.cancel(); c.join()
print(fired, c.finished.is_set())

data = threading.local()
data.x = "main"
seen = {}
def worker(name):
    print_missing = not hasattr(data, "x")
    data.x = name
    seen[name] = (print_missing, data.x)
ts = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()), data.x)

class Counter(threading.local):
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value

ctr = Counter(10)
ctr.bump()
res = []
t = threading.Thread(target=lambda: res.append(ctr.bump()))
t.start(); t.join()
print(ctr.value, res)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
del data.x
print(hasattr(data, "x"))
