# join with a timeout returns while the thread is still alive.
import threading, time

release = threading.Event()
t = threading.Thread(target=release.wait, name="waiter")
t.start()
start = time.monotonic()
t.join(timeout=0.05)
print("alive after join(0.05):", t.is_alive(), time.monotonic() - start >= 0.04)
t.join(0)
t.join(-1)
print("alive:", t.is_alive(), threading.active_count())
release.set()
t.join()
print("alive after set:", t.is_alive(), threading.active_count())
print(repr(t).endswith("stopped %d)>" % t.ident))
