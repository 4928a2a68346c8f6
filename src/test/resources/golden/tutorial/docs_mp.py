# Python docs multiprocessing examples
from multiprocessing import Pool, TimeoutError, Process, Queue, current_process, freeze_support
import multiprocessing as mp
import time
import os

def f(x):
    return x*x

def calculate(func, args):
    result = func(*args)
    return '%s says that %s%s = %s' % (
        current_process().name.split('-')[0], func.__name__, args, result)

def calculatestar(args):
    return calculate(*args)

def mul(a, b):
    time.sleep(0.01)
    return a * b

def plus(a, b):
    time.sleep(0.01)
    return a + b

def worker(input, output):
    for func, args in iter(input.get, 'STOP'):
        result = calculate(func, args)
        output.put(result)

def foo(q):
    q.put('hello')

if __name__ == '__main__':
    freeze_support()
    with Pool(processes=4) as pool:
        print(pool.map(f, range(10)))
        for i in pool.imap_unordered(f, range(3)):
            pass
        res = pool.apply_async(f, (20,))
        print(res.get(timeout=5))
        res = pool.apply_async(os.getpid, ())
        print(isinstance(res.get(timeout=5), int))
        res = pool.apply_async(time.sleep, (10,))
        try:
            print(res.get(timeout=0.1))
        except TimeoutError:
            print("We lacked patience and got a multiprocessing.TimeoutError")
        print("For the moment, the pool remains available for more work")
    print("Now the pool is closed and no longer available")
    TASKS1 = [(mul, (i, 7)) for i in range(5)]
    TASKS2 = [(plus, (i, 8)) for i in range(5)]
    task_queue = Queue()
    done_queue = Queue()
    for task in TASKS1:
        task_queue.put(task)
    for i in range(2):
        Process(target=worker, args=(task_queue, done_queue)).start()
    out = [done_queue.get() for i in range(len(TASKS1))]
    print(sorted(out))
    for i in range(2):
        task_queue.put('STOP')
    mp.set_start_method('spawn', force=True)
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    p = ctx.Process(target=foo, args=(q,))
    p.start()
    print(q.get())
    p.join()
    with Pool(2) as pool:
        print(sorted(pool.imap_unordered(calculatestar, [(mul, (2, 3)), (plus, (2, 3))])))
        r = pool.map_async(f, range(4), callback=lambda v: print("callback", v))
        r.wait()
        print(r.ready(), r.successful())
