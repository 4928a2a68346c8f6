import threading
import time

local = threading.local()

def show(name):
    local.name = name
    time.sleep(0.01)
    return local.name

res = []
threads = [threading.Thread(target=lambda n=n: res.append(show(n))) for n in "abc"]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(res), hasattr(local, 'name'))

class MyLocal(threading.local):
    def __init__(self, x):
        self.x = x
ml = MyLocal(5)
out = []
t = threading.Thread(target=lambda: out.append(ml.x)); t.start(); t.join()
print(out, ml.x)

def hello(msg):
    print("hello", msg)
t = threading.Timer(0.02, hello, args=["timer"])
t.start()
t.join()
t2 = threading.Timer(5, hello, ["never"])
t2.start()
t2.cancel()
t2.join()
print("cancelled", t2.is_alive(), t2.finished.is_set())
print(type(t2).__name__, isinstance(t2, threading.Thread))
