# functools: reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(3), square.func is power, square.args, square.keywords)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args)

def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@logged
def documented(x):
    "The docstring."
    return x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10

print(slow(1), slow(2), slow(1), slow(3), slow(2), calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.cache_info().misses)

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
