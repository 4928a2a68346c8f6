def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]

good, late = make_adders()
print([f(10) for f in good], [f(10) for f in late])

x = "global"
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def g():
    global x
    x = "changed"

g()
print(x)

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    return l1()

f = deep()
print(f(), f())

def cell_param(p):
    def get():
        return p
    p = p * 2
    return get

print(cell_param(21)())

def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1

unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1

free_unbound()
