class Vector:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Vector.count += 1
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, s): return self * s
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v - w, v * 3, 2 * v, -v, abs(w), v == Vector(1, 2), v != w, v < w, w > v, sorted([w, v]), bool(Vector(0, 0)))
print(len(v), v[0], v[-1], list(v), 2 in v, 5 in v, v(10), {v: 1}[Vector(1, 2)], Vector.count, max([w, v]), [*v])
a = Vector(1, 1); a += Vector(1, 1); a *= 2; print(a, Vector.count)
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = None
    @staticmethod
    def convert(c): return c * 9 / 5 + 32
    @classmethod
    def create(cls): return cls()
t = Temp.create(); t.celsius = 100; print(t.celsius, Temp.convert(100), t.convert(0), type(t).__name__)
try: t.celsius = -300
except ValueError as e: print("ValueError", e)
del t.celsius; print(t.celsius, isinstance(Temp.celsius, property))
class Base:
    def __init__(self, name): self.name = name
    def greet(self): return f"Hello {self.name} from {type(self).__name__}"
    def __str__(self): return f"<{self.name}>"
class Mixin:
    def greet(self): return "mixin:" + super().greet()
class Child(Mixin, Base):
    def __init__(self, name, age):
        super().__init__(name); self.age = age
print(Child("a", 3).greet(), str(Child("b", 1)), [c.__name__ for c in Child.__mro__], Child.__bases__)
print(isinstance(Child("c", 1), Base), issubclass(Child, Mixin), hasattr(Child("d", 2), "age"), Child("e", 5).__dict__)
class Slots:
    x = 1
    def method(self): return "m"
s = Slots(); s.x = 2; print(s.x, Slots.x, s.method(), Slots.method(s), s.method.__name__, type(s.method).__name__)
del s.x; print(s.x)
class Dyn:
    def __getattr__(self, name): return name.upper()
d = Dyn(); d.real = 1; print(d.foo, d.real, getattr(d, "bar"), hasattr(d, "anything"))
class Guarded:
    def __setattr__(self, k, v):
        print("set", k, v); super().__setattr__(k, v)
    def __getattribute__(self, k):
        if k == "secret": return "hidden"
        return super().__getattribute__(k)
g = Guarded(); g.a = 1; print(g.a, g.secret)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise RuntimeError("swallowed")
print("after with")
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta): pass
print(Tagged.tag, type(Tagged).__name__, isinstance(Tagged, Meta))
class Registry:
    items = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw); Registry.items.append(cls.__name__)
class P1(Registry): pass
class P2(Registry): pass
print(Registry.items)
class NoEq: pass
n1 = NoEq(); print(n1 == n1, n1 == NoEq(), n1 != NoEq(), hash(n1) == hash(n1))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__, EqOnly() == 1)
try: hash(EqOnly())
except TypeError as e: print("TypeError", e)
class Point:
    def __init__(self, x): self.x = x
print(str(Point(1)).startswith("<__main__.Point object at 0x"), repr(Point) , Point.__qualname__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
class Desc:
    def __get__(self, obj, owner): return f"get {owner.__name__}"
    def __set__(self, obj, v): print("desc set", v)
class UsesDesc:
    d = Desc()
u = UsesDesc(); print(u.d, UsesDesc.d); u.d = 5
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args); return super().__new__(cls)
    def __init__(self, a): print("init", a)
WithNew(9)
class Num(int):
    def double(self): return self * 2
n = Num(21); print(n, n.double(), n + 1, type(n + 1).__name__, isinstance(n, int), repr(n))
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3]); ml.append(4); print(ml, ml.total(), len(ml), type(ml).__name__, ml[1:])
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md["a"], md["zz"], md, isinstance(md, dict))
class MyStr(str):
    pass
print(MyStr("hi").upper(), MyStr("x") + "y", type(MyStr("a")).__name__, MyStr("q") == "q")
for bad in [lambda: Vector(1), lambda: Vector(1, 2).z, lambda: Vector(1, 2) + 1, lambda: NoEq() < NoEq(), lambda: object().x, lambda: Temp().nothing(), lambda: type("X", (), {})(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
