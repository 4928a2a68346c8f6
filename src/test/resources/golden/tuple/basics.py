t = (1, "a", [2], (3,))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], (), (1,), tuple("ab"), tuple([1, 2]), tuple())
print(t.count(1), t.index("a"), 1 in t, (1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5))
a, b, *rest = (1, 2, 3, 4); print(a, b, rest)
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a",)) == hash(("a",)), {(1, 2): 3}[(1, 2)])
t[2].append(9); print(t)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]), tuple(reversed((1, 2, 3))))
for bad in [lambda: (1,)[5], lambda: (1,).index(2), lambda: hash(([],)), lambda: (1,) + [2], lambda: t.__setitem__(0, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
