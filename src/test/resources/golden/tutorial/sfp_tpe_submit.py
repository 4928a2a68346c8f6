from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION
from concurrent.futures import CancelledError, TimeoutError as FTimeout
from time import sleep
import concurrent.futures

def task(name):
    sleep(0.01)
    return f'Task {name} done'

with ThreadPoolExecutor(4, thread_name_prefix='Worker') as executor:
    futures = [executor.submit(task, i) for i in range(8)]
    for future in as_completed(futures):
        assert future.done()
    print(sorted(f.result() for f in futures))
    print([r for r in executor.map(task, range(3))])

def boom(x):
    if x == 2:
        raise ValueError(f'bad value {x}')
    return x

with ThreadPoolExecutor() as ex:
    fs = [ex.submit(boom, i) for i in range(4)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    for f in fs:
        exc = f.exception()
        print(f.done(), f.cancelled(), repr(exc))
    try:
        list(ex.map(boom, range(4)))
    except ValueError as e:
        print('map raised:', e)

with ThreadPoolExecutor(1) as ex:
    f1 = ex.submit(sleep, 0.1)
    f2 = ex.submit(task, 'x')
    print('cancel pending:', f2.cancel(), f2.cancelled())
    print('cancel running:', f1.cancel())
    try:
        f2.result()
    except CancelledError:
        print('CancelledError raised')
    try:
        f1.result(timeout=0.001)
    except FTimeout:
        print('TimeoutError raised', FTimeout is TimeoutError)

def cb(fut):
    print('callback:', fut.result())
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(pow, 2, 10)
    f.result()
    f.add_done_callback(cb)

ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(task, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
print(repr(concurrent.futures.Future()).split(' at ')[0])
f = concurrent.futures.Future()
f.set_result(42)
print(f.result(), f.done(), f.running())
print(str(f).startswith('<Future at'), 'state=finished returned int' in repr(f))
