# A function copied into a fork child keeps __annotations__, __defaults__, __kwdefaults__,
# __doc__, __dict__ and its closure; a spawn child gets it by module and name (its own import).
import multiprocessing as mp


def f(x: int, y: 'str' = 'a') -> float:
    "f's doc"
    return 1.0


def g(a, *, b: list = None):
    pass


g.__annotations__['extra'] = bytes
g.tag = 'tagged'


def make(n):
    def inner(v: n.__class__ = n) -> 'closure':
        return v + n
    return inner


def plain(a, b):
    pass


def show(*fns):
    for fn in fns:
        print(mp.current_process().name, fn.__name__, fn.__annotations__, fn.__defaults__,
              fn.__kwdefaults__, fn.__doc__, sorted(fn.__dict__))


if __name__ == '__main__':
    h = make(5)
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        fns = (f, g, plain, h) if method == 'fork' else (f, g)
        p = ctx.Process(target=show, args=fns, name=method)
        p.start()
        p.join()
    with mp.get_context('fork').Pool(1) as pool:
        print(pool.apply(repr, (f.__annotations__,)))
