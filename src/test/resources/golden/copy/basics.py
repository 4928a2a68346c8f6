import copy
from types import SimpleNamespace
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
class P:
    def __init__(self, x, tags): self.x, self.tags = x, tags
    def __repr__(self): return f"P({self.x}, {self.tags})"
p = P(1, ["a"]); q = copy.copy(p); r = copy.deepcopy(p)
p.tags.append("b")
print(q, r, q.tags is p.tags, type(r).__name__)
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deepcopy"
print(copy.copy(C()), copy.deepcopy(C()))
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[1] is not cyc)
shared = [0]; both = [shared, shared]; db = copy.deepcopy(both); print(db[0] is db[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
ns = SimpleNamespace(a=1, b=[2]); ns2 = copy.deepcopy(ns); ns.b.append(3); print(ns, ns2, ns == SimpleNamespace(a=1, b=[2, 3]))
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
sc = copy.deepcopy(S()); print(sc.a, sc.b)
print(copy.deepcopy({1: {2: {3: [4]}}}), copy.copy({1, 2}), copy.copy(frozenset({3})))
