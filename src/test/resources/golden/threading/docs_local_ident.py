# threading.local, identities and the thread registry, as the docs describe them.
import threading

data = threading.local()
data.value = "main"
results = {}
ready = threading.Barrier(3)


def worker(n):
    data.value = f"worker-{n}"
    ready.wait()
    results[n] = (data.value, threading.current_thread().name, hasattr(data, "other"))


class MyLocal(threading.local):
    def __init__(self, start):
        self.start = start
        self.calls = 0


ml = MyLocal(10)
threads = [threading.Thread(target=worker, args=(i,), name=f"T{i}") for i in range(2)]
for t in threads:
    t.start()
ready.wait()
for t in threads:
    t.join()
print(sorted(results.items()))
print("main still sees", data.value)


def use_local(out):
    ml.calls += 1
    out.append((ml.start, ml.calls))


out = []
t = threading.Thread(target=use_local, args=(out,))
t.start()
t.join()
ml.calls += 5
print(out, ml.calls)

main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.daemon)
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.active_count(), [t.name for t in threading.enumerate()])

idents = []
gate = threading.Event()


def ident_worker():
    idents.append(threading.get_ident())
    gate.wait()


ws = [threading.Thread(target=ident_worker, daemon=True) for _ in range(3)]
for w in ws:
    w.start()
while len(idents) < 3:
    pass
print("distinct idents:", len(set(idents)), "alive:", threading.active_count())
gate.set()
for w in ws:
    w.join()
print("after join:", threading.active_count(), all(not w.is_alive() for w in ws))


def f():
    pass


t = threading.Thread(target=f)
print(t.name.startswith("Thread-"), "(f)" in t.name, t.ident, t.is_alive())
t.start()
t.join()
print(t.ident is not None, t.native_id is not None, t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=f).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.TIMEOUT_MAX > 0)
