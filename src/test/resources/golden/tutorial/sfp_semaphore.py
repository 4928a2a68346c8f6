from time import sleep
from random import random
from threading import Thread, Semaphore, BoundedSemaphore, Lock

active = 0
peak = 0
counter_lock = Lock()

def task(semaphore, number):
    global active, peak
    with semaphore:
        with counter_lock:
            active += 1
            peak = max(peak, active)
        sleep(0.01)
        with counter_lock:
            active -= 1

semaphore = Semaphore(2)
threads = [Thread(target=task, args=(semaphore, i)) for i in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print(f'peak concurrency: {peak}, active: {active}')
b = BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
s = Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(blocking=False))
s.release(3)
print(s.acquire(), s._value)
try:
    Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
