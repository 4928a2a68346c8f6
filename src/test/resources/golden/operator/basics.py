import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
rows = [("bob", 25, "b"), ("alice", 30, "a"), ("carl", 20, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), itemgetter(1)(rows[0]), itemgetter(0, 1)(rows[0]))
class P:
    def __init__(self, n, a): self.name = n; self.addr = type("A", (), {"city": a})()
ps = [P("x", "Paris"), P("y", "Berlin")]
print([attrgetter("addr.city")(p) for p in ps], attrgetter("name", "addr.city")(ps[0]), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, [1, 2, 3]), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 2), operator.pow(2, 10), operator.neg(3), operator.not_(0))
print(operator.eq(1, 1), operator.lt(1, 2), operator.contains([1, 2], 2), operator.getitem({"a": 1}, "a"), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(itemgetter(1), attrgetter("a", "b"), methodcaller("f", 1, k=2), operator.is_(None, None), operator.and_(6, 3), operator.xor(6, 3), operator.iadd([1], [2]), operator.index(5))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.length_hint([1,2]), operator.abs(-2), operator.truth([]))
