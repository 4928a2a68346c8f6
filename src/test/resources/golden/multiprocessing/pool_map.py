# Pool: map, starmap, imap, imap_unordered, apply, apply_async, callbacks, close/join, with-block
from multiprocessing import Pool, TimeoutError
import multiprocessing


def square(x):
    return x * x


def add(a, b=0):
    return a + b


def describe(name, *args, **kwargs):
    return "%s %r %r" % (name, args, sorted(kwargs.items()))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def norm2(p):
    return p.norm2()


def moved(p):
    return Point(p.x + 1, p.y + 1)


results = []

if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.map(square, range(7), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(list(pool.imap(square, range(5))))
        print(list(pool.imap(square, range(5), chunksize=2)))
        print(sorted(pool.imap_unordered(square, range(5))))
        print(pool.apply(add, (5,), {'b': 6}))
        print(pool.apply(describe, ("d", 1, 2), {'k': 3}))
        r = pool.apply_async(square, (9,), callback=results.append)
        print(r.get(timeout=60), r.ready(), r.successful())
        m = pool.map_async(square, [1, 2, 3], callback=results.append)
        m.wait()
        print(m.get(), m.ready())
        print(pool.map(norm2, [Point(1, 2), Point(3, 4)]))
        q = pool.apply(moved, (Point(1, 1),))
        print(type(q).__name__, q.x, q.y)
        print(pool.map(len, ["a", "bb", "ccc"]))
        print(pool.map(str.upper, ["x", "y"]) if False else "skip")
    print(sorted(map(str, results)))
    pool = Pool(processes=3)
    print(sum(pool.map(square, range(100))))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("closed:", e)
    try:
        Pool(0)
    except ValueError as e:
        print(e)
    ctx = multiprocessing.get_context('fork')
    with ctx.Pool(2) as p2:
        print(p2.map(square, [4, 5]))
