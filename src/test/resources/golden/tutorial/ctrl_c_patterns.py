# Ctrl-C patterns from threading tutorials: the main thread waits in a sleep loop, catches
# KeyboardInterrupt (here sent by _thread.interrupt_main) and stops its daemon workers with an
# Event; a custom SIGINT handler; signal.raise_signal with the default handler.
import threading
import time
import signal
import _thread

stop = threading.Event()


def worker(n):
    while not stop.is_set():
        stop.wait(0.01)
    return n


threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
for t in threads:
    t.start()


def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()


threading.Thread(target=interrupter).start()
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("Caught KeyboardInterrupt, stopping workers")
    stop.set()
for t in threads:
    t.join()
print("all stopped:", not any(t.is_alive() for t in threads))


def handler(signum, frame):
    print("handler got", signal.Signals(signum).name)
    stop.set()


old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
stop.clear()
signal.raise_signal(signal.SIGINT)
stop.wait(2)
print("after handler", stop.is_set())
signal.signal(signal.SIGINT, old)
try:
    signal.raise_signal(signal.SIGINT)
    time.sleep(1)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
