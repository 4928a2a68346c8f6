# concurrent.futures.ProcessPoolExecutor: submit, map, exceptions through futures, as_completed,
# wait, shutdown, the spawn context, and what cannot be pickled
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED


def cube(x):
    return x ** 3


def divide(a, b):
    return a / b


def label(x, prefix="n"):
    return "%s%d" % (prefix, x)


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(cube, 3)
        print(f.result(), f.done(), f.exception())
        print(list(ex.map(cube, range(6))))
        print(list(ex.map(divide, [6, 8], [3, 4])))
        print(ex.submit(label, 5, prefix="x").result())
        bad = ex.submit(divide, 1, 0)
        try:
            bad.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        print(type(bad.exception()).__name__)
        fs = [ex.submit(cube, k) for k in range(5)]
        print(sorted(f.result() for f in as_completed(fs)))
        done, not_done = wait(fs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        lam = ex.submit(lambda: 1)
        print(type(lam.exception()).__name__)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ctx = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex2:
        print(ex2.submit(cube, 4).result())
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
