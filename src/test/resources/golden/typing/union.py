# PEP 604 unions (int | None) in annotations, isinstance and reprs; typing aliases in isinstance.
from dataclasses import dataclass
from typing import List, Dict, Optional
import typing


@dataclass
class User:
    name: str
    email: str | None = None
    tags: list[str] | None = None


print(User("ann"), User.__annotations__)
u = int | None
print(u, repr(str | int | None), type(u).__name__, u.__args__, int | int, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(3.5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(list[int] | None, None | int)
print(isinstance([], List), isinstance({}, Dict), isinstance([], Dict), issubclass(list, typing.List))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)


class Node:
    value: int
    next: Optional["Node"] = None


print(Node.__annotations__)
