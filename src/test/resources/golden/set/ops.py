a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} < a, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b), a.issubset(range(10)), a.isdisjoint({9}))
s = set(); s.add(3); s.add(1); s.add(2); s.add(1); print(s, len(s), 2 in s, 5 not in s)
s.discard(5); s.remove(1); print(s, s.pop(), s)
s.update([10, 20], {30}); print(s)
s |= {40}; s &= {10, 20, 40, 50}; s -= {20}; s ^= {10, 60}; print(s)
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(set([1, 1.0, True])), {1, 2} | frozenset([3]))
f = frozenset([3, 1, 2]); print(f, f | {4}, {4} | f, hash(f) == hash(frozenset([1, 2, 3])), {f: "x"}[frozenset([1, 2, 3])])
print(set(), frozenset(), {x % 3 for x in range(10)}, set(range(5)), set([5, 3, 8, 1]), {-1, -2, 0})
print(set([100, 5, 37, 64, 12]), {1000, 1, 2 ** 40}, set([8, 16, 24, 0]), {x * 7 for x in range(12)})
c = {1, 2, 3}.copy(); c.clear(); print(c, {1}.copy() == {1}, {(1, 2), (1, 2)}, {None})
big = set(range(100)); big -= set(range(0, 100, 2)); print(len(big), min(big), max(big), sum(big))
for bad in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]}, lambda: {1} + {2}, lambda: {1} < [1], lambda: frozenset([1]).add(2), lambda: set(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
