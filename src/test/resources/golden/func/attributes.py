import functools
def f(a: int, b: str = "x", *args: tuple, c: float = 1.0, d, **kw: dict) -> str:
    """doc of f"""
    return a
print(f.__annotations__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4])
def p(x: 1, /, y: 2) -> 3: pass
print(p.__annotations__, p.__code__.co_posonlyargcount)
def none(): pass
print(none.__annotations__, none.__dict__, none.__defaults__, none.__kwdefaults__, none.__doc__)
none.__annotations__['z'] = 5
print(none.__annotations__)
none.__annotations__ = {'q': int}
print(none.__annotations__)
del none.__annotations__
print(none.__annotations__)
try:
    none.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
def order(a: print('a'), b: print('b') = print('bd'), *, c: print('c') = print('cd')) -> print('r'):
    pass
print(order.__annotations__)
g = lambda x, y=2, *, z=3: x
print(g.__name__, g.__qualname__, g.__defaults__, g.__kwdefaults__, g.__annotations__, g.__doc__)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def h(x: int) -> int:
    "h doc"
    return x
print(h.__name__, h.__doc__, h.__wrapped__.__name__, h.__annotations__, h.__qualname__, h.__module__)
print(h.__wrapped__ is not h, h(4))
class C:
    def m(self, x: 'C') -> None: pass
    def inner(self):
        def z(): pass
        return z
    attr: int = 3
print(C.m.__qualname__, C.m.__annotations__, C().inner().__qualname__, C.__annotations__)
def outer():
    T = list
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__)
f.__doc__ = "new"
f.__name__ = "renamed"
print(f.__doc__, f.__name__, f.__qualname__)
f.custom = 1
print(f.__dict__)
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
def typed(items: list[int], m: dict[str, int] | None = None) -> tuple[int, ...]:
    return ()
print(typed.__annotations__)
