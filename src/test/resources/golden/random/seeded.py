# random: seeded sequences equal CPython's (same Mersenne Twister and algorithms).
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5), random.getrandbits(70))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(["a", "b", "c"], 3))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 0, 5], k=5))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 9), round(random.expovariate(2), 12))
r = random.Random(123)
print(r.random(), r.randint(0, 10**20))
r.seed("hello")
print(r.random())
r.seed(b"bytes")
print(r.random())
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
random.seed(2**100)
print(random.random())
random.seed(-5)
x = random.random()
random.seed(5)
print(x == random.random())
print(len(random.randbytes(10)), random.sample(range(10000), 3))
for bad in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1], 2),
            lambda: random.randint(5, 1), lambda: random.sample({1, 2}, 1)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
r2 = random.Random()
v = r2.random()
print(0 <= v < 1)
