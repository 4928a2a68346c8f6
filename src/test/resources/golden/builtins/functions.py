print(abs(-3), abs(-2.5), abs(True), all([]), all([1, 0]), any([]), any([0, 2]), bin(5), bool(), bool([0]), callable(len), callable(1))
print(chr(97), ord("a"), divmod(7, 2), divmod(-7.0, 2), format(3.14159, ".2f"), format(42), hex(42), oct(42), id(1) == id(1))
print(isinstance(1, (str, int)), issubclass(bool, (int,)), issubclass(int, object), len("abc"), len([1]), len({}), len(range(5)))
print(list(map(lambda x: x * 2, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(None, [0, "", "a"])))
print(max(1, 2), max([1, 3, 2]), max("abc", key=ord), max([], default=0), min(3, 1, 2), min([[2], [1]]), min("b", "a", key=str.upper))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 3), round(3.14159, 2), round(7), round(-0.5), sorted("bca"), sorted([3, 1], reverse=True))
print(sum([1, 2]), sum([0.5, 0.5]), sum([[1]], []), list(zip([1, 2], "ab")), list(zip()), list(zip([1, 2, 3], [4])), list(enumerate("ab")))
print(repr("x"), repr(1.0), repr([None]), ascii("ü"), str(3), int("7"), float("2.5"), tuple([1]), list((2,)), set([1]), dict(a=1))
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(print).__name__, type(1.5).__name__, type(range(1)))
it = iter([1, 2, 3]); print(next(it), next(it), next(it), next(it, "done"), list(iter([])))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
print(getattr(1, "real"), getattr(1, "nope", "default"), hasattr("", "upper"), hasattr("", "nope"))
class O: pass
o = O(); setattr(o, "x", 5); print(o.x, getattr(o, "x"), vars(o)); delattr(o, "x"); print(vars(o), hasattr(o, "x"))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), slice(1, 5, 2), slice(3), range(1, 10, 2)[slice(1, 3)])
print(dir(o)[:3], "append" in dir([]), sorted(vars(O).keys())[:2], len(dir(object)) > 10)
print(hash("abc") == hash("abc"), hash(5), hash(True), hash(None) == hash(None), hash((1, "a")) == hash((1, "a")))
print(print.__name__, len.__qualname__, str.upper, [].append.__name__, int.__add__.__name__, type(abs).__name__)
print(isinstance(print, object), isinstance(O, type), isinstance(O(), O), O.__name__, O.__qualname__, O.__module__, O.__bases__, O.__mro__)
print(NotImplemented, Ellipsis, ..., None, True, False, __name__, type(NotImplemented).__name__, bool(None))
print(object(), object.__name__, isinstance(object(), object)) if False else print(type(object()).__name__)
print(frozenset("a"), bytes(2), bytearray(1), memory if False else "skip", complex if False else "skip2")
print("%s|%r|%5.1f|%-3d|%03d|%x" % ("s", "r", 2.25, 7, 7, 255), f"{'nested'!r:>10}", f"{3:{5}}|", f"{1+1=}")
for bad in [lambda: len(5), lambda: abs("x"), lambda: chr(-1), lambda: ord("ab"), lambda: int("x"), lambda: max([]), lambda: min(), lambda: next(iter([])), lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: getattr(o, "zz"), lambda: divmod(1, 0), lambda: iter(5), lambda: hex(1.5), lambda: round("x"), lambda: isinstance(1, 1), lambda: zip(1), lambda: map(len), lambda: [1].__len__(5), lambda: sum([], start=[], x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
