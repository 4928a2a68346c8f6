def sub():
    try:
        x = yield "sub1"
        print("sub got", x)
        y = yield "sub2"
        print("sub got", y)
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub recovered"
    finally:
        print("sub finally")
    return "sub result"

def outer():
    r = yield from sub()
    print("outer got", r)
    yield "outer done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

g2 = outer()
next(g2)
g2.close()
print("closed g2")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def leaky():
    yield 1
    raise StopIteration("bad")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))

def fresh():
    yield 1

f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)

def running():
    yield g3.send(None)

g3 = running()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)

def counter():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def averager():
    result = yield from counter()
    yield "total=%d" % result

a = averager()
next(a)
a.send(10)
a.send(20)
print(a.send(None))

def gen_expr_scope():
    x = 10
    return list(x + i for i in range(3))
print(gen_expr_scope())
g5 = (i * i for i in range(3))
print(list(g5), list(g5))
print(list(zip(*[(1, "a"), (2, "b")])))
def inner_throw():
    yield 1
t = inner_throw()
next(t)
try:
    t.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("thrown back out:", e)
