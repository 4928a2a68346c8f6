import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Pipe, Value, Array, Lock, Manager, cpu_count
import os
from functools import partial

def square(x):
    return x * x

def power(x, n):
    return x ** n

def add(a, b):
    return a + b

def f(name):
    print('hello', name, flush=True)

def info_worker(q):
    q.put(os.getppid() == PARENT)

if __name__ == '__main__':
    PARENT = os.getpid()
    with Pool(processes=4) as pool:
        print(pool.map(square, range(10)))
        print(list(pool.imap(square, range(5))))
        print(sorted(pool.imap_unordered(square, range(5))))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        r = pool.apply_async(square, (20,))
        print(r.get(timeout=10))
        print(pool.apply(add, (5, 6)))
        print(pool.map(partial(power, n=3), [1, 2, 3]))
        results = [pool.apply_async(os.getpid, ()) for i in range(4)]
        print(len([res.get(timeout=10) for res in results]))
    p = Process(target=f, args=('bob',))
    p.start()
    p.join()
    print(p.exitcode, p.is_alive())
    print(cpu_count() >= 1)
