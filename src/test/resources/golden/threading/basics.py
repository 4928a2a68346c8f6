# Thread basics: target/args/kwargs, default names, subclassing, join, is_alive, daemon, idents.
import threading

results = []

def work(n, scale=1):
    results.append(n * scale)

t = threading.Thread(target=work, args=(3,), kwargs={"scale": 10})
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"))
print(t.is_alive(), t.ident, t.native_id, t.daemon)
print(repr(t).endswith(" (work), initial)>"))
t.start()
t.join()
print(results, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
print(repr(t).endswith("stopped " + str(t.ident) + ")>"))

named = threading.Thread(target=work, args=(1,), name="worker")
print(named.name)
named.name = "renamed"
print(named.name)
named.start(); named.join()

class Squarer(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="sq-%d" % n)
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * self.n
        self.me = threading.current_thread()

sq = [Squarer(i) for i in range(5)]
for s in sq: s.start()
for s in sq: s.join()
print([s.out for s in sq], all(s.me is s for s in sq), [s.name for s in sq])

# no target: run() does nothing
threading.Thread().start()

d = threading.Thread(target=work, args=(0,), daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start(); d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(threading.active_count(), threading.enumerate() == [main])
print(repr(main) == "<_MainThread(MainThread, started %d)>" % main.ident)
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
print(sorted(results))
