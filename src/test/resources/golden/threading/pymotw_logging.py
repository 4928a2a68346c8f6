# PyMOTW-style threading examples: logging with the thread name, a Thread subclass that keeps
# its arguments, joining every thread from enumerate(), an ActivePool guarded by a Semaphore,
# and thread-local data with a default.
import logging
import threading
import time

logging.basicConfig(level=logging.DEBUG, format="(%(threadName)-10s) %(levelname)s %(message)s")


def worker():
    logging.debug("Starting")
    logging.debug("Exiting")


def my_service():
    logging.debug("Starting")
    logging.debug("Exiting")


for target, name in [(worker, "worker"), (my_service, "my_service"), (worker, None)]:
    t = threading.Thread(name=name, target=target) if name else threading.Thread(target=target)
    t.start()
    t.join()


class MyThreadWithArgs(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        super().__init__(group=group, target=target, name=name, daemon=daemon)
        self.args = args
        self.kwargs = kwargs

    def run(self):
        logging.debug("running with %s and %s", self.args, self.kwargs)


for i in range(3):
    t = MyThreadWithArgs(args=(i,), kwargs={"a": "A", "b": "B"}, name=f"args-{i}")
    t.start()
    t.join()

gate = threading.Event()


def waits():
    gate.wait()


for i in range(3):
    threading.Thread(target=waits, name=f"waiter-{i}", daemon=True).start()
gate.set()
main_thread = threading.main_thread()
for t in threading.enumerate():
    if t is main_thread:
        continue
    t.join()
logging.debug("joined all, %d left", threading.active_count())


class ActivePool:
    def __init__(self):
        self.active = []
        self.peak = 0
        self.lock = threading.Lock()

    def make_active(self, name):
        with self.lock:
            self.active.append(name)
            self.peak = max(self.peak, len(self.active))

    def make_inactive(self, name):
        with self.lock:
            self.active.remove(name)


def pooled(s, pool):
    with s:
        name = threading.current_thread().name
        pool.make_active(name)
        time.sleep(0.01)
        pool.make_inactive(name)


pool = ActivePool()
s = threading.Semaphore(2)
ts = [threading.Thread(target=pooled, name=str(i), args=(s, pool)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
logging.info("peak within the limit: %s, now %s", 1 <= pool.peak <= 2, pool.active)


def show_value(data):
    try:
        val = data.value
    except AttributeError:
        logging.debug("No value yet")
    else:
        logging.debug("value=%s", val)


def local_worker(data, n):
    show_value(data)
    data.value = n * 10
    show_value(data)


local_data = threading.local()
show_value(local_data)
local_data.value = 1000
show_value(local_data)
for i in range(2):
    t = threading.Thread(target=local_worker, args=(local_data, i + 1), name=f"local-{i}")
    t.start()
    t.join()
show_value(local_data)


class MyLocal(threading.local):
    def __init__(self, value):
        super().__init__()
        logging.debug("Initializing %s", type(self).__name__)
        self.value = value


def init_worker(data):
    show_value(data)


ml = MyLocal(1000)
t = threading.Thread(target=init_worker, args=(ml,), name="init-local")
t.start()
t.join()
show_value(ml)
