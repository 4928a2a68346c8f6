# A worker process (fork; the executor also with spawn) that dies (os._exit in a task, or killed) does not hang the parent.
# Pool (as CPython): the worker is replaced and the pool keeps working, but the lost task's result
# never arrives: get(timeout) raises multiprocessing.TimeoutError.
# ProcessPoolExecutor (as CPython): every pending future fails with BrokenProcessPool and the
# executor refuses new work.
import os
import signal
import time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def die(x):
    if x == 3:
        os._exit(1)
    return x


def killed(x):
    os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(30)


def slow(x):
    time.sleep(0.5)
    return x


def run_pool(ctx):
    print('--', ctx.get_start_method())
    with ctx.Pool(2) as pool:
        r = pool.apply_async(die, (3,))
        try:
            r.get(timeout=1)
        except mp.TimeoutError:
            print('apply_async: lost task -> TimeoutError')
        print('replaced worker works:', pool.map(square, range(6)))
        r = pool.map_async(die, range(6), chunksize=1)
        try:
            r.get(timeout=1)
        except mp.TimeoutError:
            print('map_async: lost chunk -> TimeoutError')
        r = pool.apply_async(killed, (0,))
        try:
            r.get(timeout=1)
        except mp.TimeoutError:
            print('killed worker -> TimeoutError')
        print('still working:', pool.apply(square, (7,)), len(mp.active_children()) >= 2)
    with ctx.Pool(2, maxtasksperchild=1) as pool:
        print('maxtasksperchild=1:', pool.map(square, range(5), chunksize=1))


def run_executor(ctx, more):
    print('--', ctx.get_start_method())
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        ok = ex.submit(square, 4)
        print('before:', ok.result(timeout=30))
        f = ex.submit(die, 3)
        try:
            f.result(timeout=30)
        except BrokenProcessPool as e:
            print(type(e).__name__ + ':', e)
        try:
            ex.submit(square, 2)
        except BrokenProcessPool as e:
            print('submit:', e)
    if more:
        with ProcessPoolExecutor(2, mp_context=ctx) as ex:
            try:
                list(ex.map(killed, [1, 2]))
            except BrokenProcessPool as e:
                print('map:', type(e).__name__)
    print('no children left:', mp.active_children())


if __name__ == '__main__':
    run_pool(mp.get_context('fork'))
    run_executor(mp.get_context('fork'), True)
    run_executor(mp.get_context('spawn'), False)
