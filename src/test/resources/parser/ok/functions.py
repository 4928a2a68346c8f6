def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs):
    return a

def h(a, b, /, c, *, d):
    return

def k(*, a=1, b):
    return a, b

def posonly(a, b=2, /, c=3):
    pass

def annotated(a: int, b: "str" = "x", *args: int, **kw: dict) -> bool:
    return True

@decorator
def decorated():
    pass

@a.b.c
@d(1, 2)
@e[0]
def multi():
    pass

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield 3
    y = yield from other()
    z = (yield)
    await_ = 1
    return (yield x)

def closure():
    x = 1
    def inner():
        nonlocal x
        global y
        x += 1
        return x
    return inner

class A:
    pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kw):
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        return cls()

    @property
    def p(self):
        return 1

@dataclass
class D:
    x: int = 0
    y: list = None

class E():
    """Docstring."""

def defaults(a=[], b={}, c=(), d=lambda: 1):
    pass

def star_only(*args):
    pass

def kw_only(**kwargs):
    pass

def trailing(a, b,):
    pass

def trailing2(*args, **kwargs,):
    pass
