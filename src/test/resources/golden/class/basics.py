class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "..."

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return self.name + " the " + self.kind


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "Woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

    def describe(self):
        return f"{self} says {self.speak()}"


d = Dog("Rex")
p = Puppy("Bit")
print(d, repr(d), d.speak(), p.speak(), p.describe())
print(Animal.count, isinstance(p, Animal), issubclass(Puppy, Dog), type(p).__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__qualname__, Puppy.__module__)
p.name = "Changed"
print(p.name, hasattr(p, "kind"), getattr(p, "missing", "default"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(len({Point(1, 1), Point(1, 1), Point(2, 2)}), Point(1, 1) + Point(2, 3))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(reversed(self._items))

    def __getitem__(self, i):
        return self._items[i]

    def __contains__(self, x):
        return x in self._items

    def __call__(self, *args):
        return "called with %s" % (args,)

    def __bool__(self):
        return bool(self._items)


s = Stack().push(1).push(2).push(3)
print(len(s), list(s), s[0], 2 in s, 9 in s, s(1, 2), bool(Stack()), bool(s))


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t


t = Temp.make(25)
print(t.celsius, Temp.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
