def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)

e = echo()
print(next(e), e.send(1), e.send("two"))

def delegator():
    result = yield from inner()
    print("inner returned", result)
    yield "after"

def inner():
    yield 1
    yield 2
    return "done"

print(list(delegator()))

def with_return():
    yield 1
    return 5

gen = with_return()
next(gen)
try:
    next(gen)
except StopIteration as s:
    print("value", s.value)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

c = closing()
print(next(c))
c.close()
print("closed")

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)

k = catcher()
next(k)
k.throw(ValueError("boom"))
k.throw(ValueError("again"))

print(sum(x * x for x in range(10)))
print([x for x in range(10) if x % 3 == 0], {x % 3 for x in range(10)}, {x: x * x for x in range(4)})
print([(a, b) for a in range(3) for b in range(a)])
print(list(zip(count_up(3), "abc")))
genexp = (c.upper() for c in "hey")
print(next(genexp), list(genexp))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
print(type(fib()).__name__)

def yf_list():
    yield from [1, 2]
    yield from range(3, 5)

print(list(yf_list()))
