from time import sleep
from threading import Thread, Condition

def task(condition, work_list):
    sleep(0.05)
    work_list.append(33)
    print('Thread sending notification...', flush=True)
    with condition:
        condition.notify()

condition = Condition()
work_list = list()
print('Main thread waiting for data...')
with condition:
    worker = Thread(target=task, args=(condition, work_list))
    worker.start()
    condition.wait()
print(f'Got data: {work_list}')

# wait_for
cond = Condition()
items = []
def add(n):
    for i in range(n):
        with cond:
            items.append(i)
            cond.notify_all()
waiter_result = []
def waiter():
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 5, timeout=5)
        waiter_result.append(ok)
w = Thread(target=waiter); w.start()
p = Thread(target=add, args=(5,)); p.start()
w.join(); p.join()
print("wait_for:", waiter_result, len(items))
with cond:
    print("timeout:", cond.wait(timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
