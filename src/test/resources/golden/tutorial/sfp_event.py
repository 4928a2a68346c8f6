from time import sleep
from random import random
from threading import Thread, Event

def task(event, number, out):
    event.wait()
    value = number / 10
    out.append(f'Thread {number} got {value}')

event = Event()
out = []
threads = [Thread(target=task, args=(event, i, out)) for i in range(5)]
for t in threads:
    t.start()
print('Main thread blocking...')
sleep(0.05)
print('out before set:', out)
event.set()
for t in threads:
    t.join()
print(*sorted(out), sep='\n')
print(event.is_set(), event.wait(0))
event.clear()
print(event.is_set(), event.wait(timeout=0.01))
