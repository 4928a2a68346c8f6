from abc import ABC, abstractmethod, ABCMeta
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), Square.__abstractmethods__)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    P()
except TypeError as e:
    print(e)
class Q(P):
    @property
    def name(self): return "q"
    @classmethod
    def make(cls): return cls()
print(Q.make().name)
class Duck(metaclass=ABCMeta):
    pass
class Mallard: pass
Duck.register(Mallard)
print(isinstance(Mallard(), Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), isinstance(3, Sized))
