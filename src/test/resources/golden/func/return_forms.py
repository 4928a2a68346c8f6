# return x / return CONST / implicit return: the VM runs them as RETURN_FAST and RETURN_CONST;
# results, unbound locals, generators and call statements must behave as in CPython.
def ident(x):
    return x


def const():
    return 42


def implicit():
    pass


def unbound():
    if False:
        y = 1
    return y


def counter(n):
    total = 0
    for i in range(n):
        total += i
    return total


def gen():
    yield 1
    return 7


def in_try():
    try:
        v = 5
        return v
    finally:
        print("finally ran")


class A:
    def m(self, x):
        return x

    def none(self):
        return None


def statement_calls():
    out = []
    out.append(1)          # a call statement: its result is dropped
    ident(2)
    A().m(3)
    len(out)
    return out


print(ident(3), ident("s"), const(), implicit())
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
print(counter(10), counter(2**20) == sum(range(2**20)))
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(in_try())
a = A()
print(a.m(9), a.none())
print(statement_calls())
