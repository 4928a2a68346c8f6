from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass, InitVar, make_dataclass
from typing import List, Optional, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(3))
print(Point.__init__.__qualname__ if hasattr(Point.__init__, '__qualname__') else '', Point.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: 1}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    note: Optional[str] = field(default=None, compare=False)
a = Inventory("a"); b = Inventory("b"); a.items.append("x")
print(a, b, a.count, Inventory.total, fields(a)[1].name, len(fields(Inventory)))
print(asdict(a), astuple(a), replace(a, name="c"), is_dataclass(a), is_dataclass(Inventory), is_dataclass(1))

@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1), [Point(2, 3)])))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 5))

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
print(Derived(), Derived(5, 6), Derived(y=7))

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Version()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1))
print(Point.__hash__ is None, Version.__eq__(v1, 3))
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec(); r.children.append(r); print(r)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), C.__name__)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(e)
print(repr(field(default=1))[:30])
