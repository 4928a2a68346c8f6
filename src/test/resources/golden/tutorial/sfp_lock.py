# SuperFastPython: threading Lock tutorial
from time import sleep
from random import random, seed
from threading import Thread, Lock, current_thread

def task(lock, identifier, value, results):
    with lock:
        results.append(f'>thread {identifier} got the lock, sleeping for {value:.1f}')
        sleep(value / 100)

seed(1)
lock = Lock()
results = []
threads = [Thread(target=task, args=(lock, i, round(random(), 1), results)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in sorted(results):
    print(line)
print(current_thread().name, lock.locked())
print(repr(lock).split(' object at')[0])
