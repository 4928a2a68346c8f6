# Thread objects before start, misuse errors, kwargs, Timer.cancel, custom excepthook.
import threading
import time


def greet(greeting, name="world", punctuation="!"):
    print(f"{greeting}, {name}{punctuation}")


t = threading.Thread(target=greet, args=("Hello",), kwargs={"name": "threads", "punctuation": "?"},
                     name="greeter")
print(repr(t))
d = threading.Thread(target=greet, args=("Hi",), daemon=True, name="d1")
print(repr(d))
t.start()
t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

ev = threading.Event()
started = threading.Event()


def waiter():
    started.set()
    ev.wait()


w = threading.Thread(target=waiter)
w.start()
started.wait()
try:
    w.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
ev.set()
w.join()

fired = []
timer = threading.Timer(10, lambda: fired.append("fired"))
timer.start()
timer.cancel()
timer.join()
print("timer cancelled, fired:", fired, timer.is_alive())
t2 = threading.Timer(0.01, greet, args=("Timer",), kwargs={"name": "callback"})
t2.start()
t2.join()

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook


def boom():
    raise KeyError("missing")


b = threading.Thread(target=boom, name="boomer")
b.start()
b.join()
threading.excepthook = old
print(seen)
print(threading.excepthook is threading.__excepthook__)


def exits():
    raise SystemExit(3)


s = threading.Thread(target=exits)
s.start()
s.join()
print("SystemExit in a thread is silent")
try:
    threading.Thread(target=greet, args=("x",), bogus=1)
except TypeError as e:
    print("TypeError:", e)
