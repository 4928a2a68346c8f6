# A task that ends its worker with os._exit(0) (exit code 0, but not by the worker's own choice):
# ProcessPoolExecutor breaks with BrokenProcessPool as for any other abrupt end, while a worker
# that retires after max_tasks_per_child (also exit code 0) is replaced quietly. Pool, as CPython:
# the worker is replaced, the lost task's result never arrives (TimeoutError), the pool goes on.
import os
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def exit0(x):
    os._exit(0)


def executor(ctx, more):
    print('--', ctx.get_start_method())
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print('before:', ex.submit(square, 3).result(timeout=30))
        f = ex.submit(exit0, 1)
        try:
            f.result(timeout=30)
        except BrokenProcessPool as e:
            print(type(e).__name__ + ':', e)
        try:
            ex.submit(square, 2)
        except BrokenProcessPool as e:
            print('submit:', e)
    if not more:
        return
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        try:
            print(list(ex.map(exit0, [1, 2])))
        except BrokenProcessPool as e:
            print('map:', type(e).__name__)


def pool(ctx):
    print('--', ctx.get_start_method(), 'Pool')
    with ctx.Pool(2) as p:
        r = p.apply_async(exit0, (1,))
        try:
            r.get(timeout=0.5)
        except mp.TimeoutError:
            print('lost task -> TimeoutError, ready:', r.ready())
        print('pool goes on:', p.map(square, range(5)))


def max_tasks():
    print('-- max_tasks_per_child')
    try:
        ProcessPoolExecutor(1, mp_context=mp.get_context('fork'), max_tasks_per_child=1)
    except ValueError as e:
        print('fork:', e)
    for bad in (0, 1.5):
        try:
            ProcessPoolExecutor(1, max_tasks_per_child=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ':', e)
    with ProcessPoolExecutor(1, max_tasks_per_child=1) as ex:
        print('spawn, a worker retires after each task:', list(ex.map(square, [5, 6])))


if __name__ == '__main__':
    executor(mp.get_context('fork'), True)
    executor(mp.get_context('spawn'), False)
    pool(mp.get_context('fork'))
    max_tasks()
    print('no children left:', mp.active_children())
