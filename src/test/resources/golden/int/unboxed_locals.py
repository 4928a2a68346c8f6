# Int locals that the VM keeps unboxed (range loop variables, += on ints): every way of
# reading them back must see the right Python int, including past 64 bits.
import sys


def accumulate(n):
    total = 0
    for i in range(n):
        total += i
    return total, i


def overflow():
    big = 2**62
    x = big
    for i in range(4):
        x += big          # crosses 2**63: must become a big int, not wrap
    y = -big
    for i in range(4):
        y -= big
    z = 3
    for i in range(70):
        z *= 3
    m = 2**63 - 1
    m += 1
    return x, y, z, m


def ops(n):
    a = 0
    b = 0
    c = 0
    d = 1
    for i in range(n):
        a |= i
        b ^= i
        c &= i
        d *= 2
    return a, b, c, d


def mixed():
    t = 0
    for i in range(3):
        t += True          # bool operand: generic path, result int
    f = 0
    for i in range(3):
        f += 0.5           # float operand
    s = 0
    for i in range(3):
        s = s + i
        s = s * 1
    return t, type(t).__name__, f, s


def read_back(n):
    out = []
    total = 0
    for i in range(n):
        total += i
        out.append(i)
        out.append(total)
    return out, locals()["total"], sorted(locals())


def frame_locals():
    k = 0
    for j in range(5, 8):
        k += j
    fl = sys._getframe().f_locals
    return fl["j"], fl["k"]


def negative_steps():
    acc = []
    for i in range(10, -10, -7):
        acc.append(i)
    s = 0
    for i in range(-3, 3):
        s += i
    return acc, s, i


def deleted():
    for i in range(3):
        pass
    del i
    try:
        print(i)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


def closure():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    return [f() for f in fs]


def compare_loop(n):
    i = 0
    hits = 0
    while i < n:
        i += 1
        if i == 3:
            hits += 100
    return i, hits


def huge_range():
    total = 0
    for i in range(2**63 - 3, 2**63 + 2):
        total += i
    return total


def identity():
    for i in range(5):
        x = i
    a = x
    b = x
    return a is b, a == 4, hash(x), repr(x), str(x), isinstance(x, int)


def raising(n):
    total = 0
    try:
        for i in range(n):
            total += i
            if i == 5:
                raise ValueError(total)
    except ValueError as e:
        return e.args[0], total, i


print(accumulate(10))
print(accumulate(100000))
print(overflow())
print(ops(20))
print(mixed())
print(read_back(4))
print(frame_locals())
print(negative_steps())
deleted()
print(list(gen(6)))
print(closure())
print(compare_loop(10))
print(huge_range())
print(identity())
print(raising(10))
