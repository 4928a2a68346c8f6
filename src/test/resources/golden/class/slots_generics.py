class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: p.x)
show(lambda: p.y)
show(lambda: setattr(p, "z", 1))
show(lambda: p.__dict__)
show(lambda: vars(p))
show(lambda: delattr(p, "y"))
p.y = 2; print(p.x, p.y); del p.y; show(lambda: p.y)
print(P.x, type(P.x).__name__, P.__slots__, hasattr(p, "__dict__"))
class Q(P): pass
q = Q(); q.z = 5; q.x = 3; print(q.z, q.__dict__, q.x)
class R:
    __slots__ = "a"
print(R.__slots__, R.a)
class S:
    __slots__ = ("a", "__dict__")
s = S(); s.b = 1; s.a = 0; print(s.__dict__, s.a)
try:
    class T:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError", e)
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int]([1, 2]), set[str], frozenset[int])
def annotated(x: list[int], y: dict[str, float] = None) -> tuple[int, str]:
    return (len(x), "ok")
print(annotated([1, 2]))
