from typing import List, Dict, Tuple, Optional, Union, Any, Callable, Iterable, Iterator, TypeVar, Generic, Set, NamedTuple, TypedDict, cast, NewType, get_origin, get_args, Sequence, Mapping, Literal, ClassVar, Final, Protocol
import typing
print(List[int], Dict[str, int], Tuple[int, ...], Optional[int], Union[int, str], Union[int, str, None], Any)
print(Callable[[int, str], bool], Iterable[int], TypeVar('T'), List, Optional[List[int]], Union[int])
print(Literal["a", 1], ClassVar[int], Tuple[()], Set[float], Sequence[str], Mapping[str, Any])
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), type(s).__name__)
def f(a: List[int], b: Optional[str] = None) -> Dict[str, Any]: return {"a": a, "b": b}
print(f([1]))
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = P(1); print(p, p.norm(), P._fields, p._replace(y=5))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade", year=1982); print(m, m["name"])
UserId = NewType('UserId', int); print(UserId(5), UserId)
print(cast(int, "x"), get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
try:
    List[int]()
except TypeError as e:
    print(e)
print(typing.DefaultDict[str, int](int), typing.Deque[int]([1]))
Vector = List[float]
def scale(scalar: float, vector: Vector) -> Vector: return [scalar * num for num in vector]
print(scale(2.0, [1.0, -4.2, 5.4]))
