# Older tutorials (written before Python 3.10) use the camelCase aliases; they still work and
# warn once per call site.
import threading


def worker():
    pass


t = threading.Thread(target=worker, name="legacy")
t.setDaemon(True)
print(t.getName(), t.isDaemon())
t.setName("renamed")
print(t.name)
t.start()
t.join()
print(threading.currentThread().getName())
print(threading.activeCount())
print(t.is_alive())
ev = threading.Event()
print(ev.isSet())
cond = threading.Condition()
with cond:
    cond.notifyAll()
print("done")
