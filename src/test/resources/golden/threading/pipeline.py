# A three-stage pipeline with Condition-guarded buffers; results in order.
import threading

class Channel:
    def __init__(self):
        self.items = []
        self.cond = threading.Condition()
    def put(self, x):
        with self.cond:
            self.items.append(x)
            self.cond.notify()
    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            return self.items.pop(0)

STOP = object()
a, b, out = Channel(), Channel(), []

def square():
    while True:
        x = a.get()
        if x is STOP:
            b.put(STOP)
            return
        b.put(x * x)

def collect():
    while True:
        x = b.get()
        if x is STOP:
            return
        out.append(x)

ts = [threading.Thread(target=square), threading.Thread(target=collect)]
for t in ts: t.start()
for i in range(20):
    a.put(i)
a.put(STOP)
for t in ts: t.join()
print(out)
print(sum(out))
