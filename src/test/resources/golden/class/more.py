class Registry:
    items = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.items.append(cls.__name__)


class A(Registry):
    pass


class B(Registry):
    pass


print(Registry.items)


def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls


@add_greeting
class G:
    pass


print(G().greet())


class Base:
    @classmethod
    def create(cls):
        return cls()

    def __repr__(self):
        return "<" + type(self).__name__ + ">"


class Derived(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = "derived"
        return obj


d = Derived.create()
print(d, d.tag)


class Dyn:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "dynamic " + name


dy = Dyn()
print(dy.real, dy.anything)


class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value)


gd = Guard()
gd.ok = 1
try:
    gd._bad = 2
except AttributeError as e:
    print("AttributeError:", e)
print(gd.ok)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


print(list(Countdown(3)), sum(Countdown(4)))


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(It()), [x for x in It()])


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleting")
        self._v = None


p = Prop()
del p.v
print(p.v)
try:
    p.v = 3
except AttributeError as e:
    print("AttributeError:", e)


class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__


print(Outer.Inner().where(), Outer.Inner.__qualname__)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(Eq(1) == Eq(1), Eq(1) != Eq(2))
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return Vec(self.x * k)

    def __rmul__(self, k):
        return Vec(self.x * k * 10)

    def __neg__(self):
        return Vec(-self.x)

    def __repr__(self):
        return "Vec(%r)" % self.x


print(Vec(2) * 3, 3 * Vec(2), -Vec(5))


class Slots:
    def __len__(self):
        return 0


print(bool(Slots()), len(Slots()))
print(type(A), type(type(A)), A.__bases__, A.__name__)
obj = object()
print(type(obj).__name__)
