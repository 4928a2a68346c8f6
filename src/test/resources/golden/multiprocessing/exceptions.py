# Exceptions in children reach the parent: Pool re-raises (built-in and user exception classes),
# error_callback, and what cannot be sent to another process raises as in CPython
import sys
import threading
from multiprocessing import Pool, Lock, Queue, Value


class AppError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def risky(x):
    if x == 2:
        raise AppError(x, "two is not allowed")
    if x == 4:
        return 1 // 0
    return x


def make_lock(x):
    return threading.Lock()


def identity(x):
    return x


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(risky, range(3))
        except AppError as e:
            print("AppError", e.args, e.code)
        try:
            pool.apply(risky, (4,))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        errors = []
        r = pool.apply_async(risky, (2,), error_callback=errors.append)
        r.wait()
        print(r.ready(), r.successful(), type(errors[0]).__name__)
        try:
            r.get()
        except AppError as e:
            print("get raises", e.code)
        it = pool.imap(risky, [1, 2, 3])
        print(next(it))
        try:
            next(it)
        except AppError as e:
            print("imap raises", e.code)
        print(next(it))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__)
        try:
            pool.apply(identity, (threading.Lock(),))
        except TypeError as e:
            print("TypeError:", e)
        try:
            pool.apply(identity, (Lock(),))
        except RuntimeError as e:
            print("RuntimeError:", e)
        try:
            pool.apply(identity, (Queue(),))
        except RuntimeError as e:
            print("RuntimeError:", e)
        try:
            pool.apply(identity, (sys.stdout,))
        except TypeError as e:
            print("TypeError:", e)
        try:
            pool.apply(make_lock, (1,))
        except Exception as e:
            print(type(e).__name__)
        print(pool.map(identity, [1, "ok"]))
