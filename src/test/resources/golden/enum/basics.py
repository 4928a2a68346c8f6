import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class C(str, enum.Enum):
    A='a'
print(f'{C.A}', str(C.A), format(C.A))
class I(enum.IntEnum):
    X=1
print(f'{I.X}', str(I.X), repr(I.X), I.X + 1, I.X == 1)
class F(enum.Flag):
    R=4; W=2; X=1
print(repr(F.R|F.W), str(F.R|F.W), list(F.R|F.W), repr(F(0)), F.R in (F.R|F.W), repr(~F.R))
class S(enum.StrEnum):
    A=enum.auto()
print(repr(S.A), str(S.A))
class Co(enum.Enum):
    R=1
    G=2
    B=1
print(list(Co), Co.B, Co.__members__, Co(1), Co['G'], Co.R.name, Co.R.value, repr(Co))
try: Co(5)
except ValueError as e: print(e)
try: Co['Z']
except KeyError as e: print(repr(e))
print(Co.R in Co, len(Co), hash(Co.R)==hash('R'))
try: Co.R = 3
except AttributeError as e: print(e)
try: Co.R < Co.G
except TypeError as e: print(e)
E = enum.Enum('E', 'A B C'); print(list(E), E.A.value)
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def favorite(cls): return cls.RED
print(Color.RED.describe(), Color.favorite(), [c.name for c in Color], Color.RED is Color(1), type(Color.RED), isinstance(Color.RED, Color))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, rw & Perm.X, int(rw), Perm(7), repr(Perm(7)))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 1
except ValueError as e:
    print(e)
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE < Shape.SQUARE, sorted([Shape.SQUARE, Shape.CIRCLE]), Shape(2), {Shape.CIRCLE: 'c'}[1], f"{Shape.SQUARE:>4}|")
class Status(StrEnum):
    ACTIVE = auto()
    DONE = "done"
print(Status.ACTIVE, Status.DONE == "done", Status("done"), repr(Status.ACTIVE), Status.ACTIVE.upper())
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, list(reversed(Color)))
print(Color.__members__.keys() if hasattr(Color.__members__, 'keys') else None)
class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
print(list(Weekday), Weekday.MON | Weekday.WED, bool(Weekday(0)))
