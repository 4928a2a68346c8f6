a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 7)
print(a, len(a), a.count(5), a.index(1), a.index(5, 6), a.pop(), a.pop(0), a.pop(-2))
a.remove(1); print(a)
b = sorted(a); a.sort(reverse=True); print(b, a)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
c = a.copy(); c.reverse(); print(c, a == c[::-1], c is a)
c.clear(); print(c, bool(c), bool([0]))
m = list(range(10))
print(m[2:5], m[::3], m[::-1], m[-3:], m[:-7], m[8:2:-2], m[100:], m[-100:2])
m[2:5] = ["x", "y"]; print(m)
m[::2] = [0] * 5; print(m)
del m[1]; del m[::3]; print(m)
m[1:1] = [7, 7]; m[-1:] = []; print(m)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[]] * 2, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] == [1.0], [] == [])
x = [1, 2]; x += [3]; x *= 2; print(x)
r = [1]; r.append(r); print(r, [r, r])
nested = [[1, 2], [3, [4, 5]]]; print(nested, nested[1][1][0], len(nested))
print(list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list(), list(x for x in range(3)))
print([x * 2 for x in range(5)], [(i, j) for i in range(2) for j in range(2)], [s.upper() for s in "ab"])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1, [2]].index([2]), max([1, 5, 2]), min(["b", "a"]), sum([[1], [2]], []))
stack = []; stack.append(1); stack.append(2); print(stack.pop(), stack)
matrix = [[1, 2, 3], [4, 5, 6]]; print([list(row) for row in zip(*matrix)], [row[::-1] for row in matrix])
import_like = sorted([5, 2, 8], key=None); print(import_like, sorted([], reverse=True), sorted([1, 2, 3], key=lambda v: -v))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1], enumerate(["a"]).__class__.__name__, list(enumerate("ab", start=5)))
for bad in [lambda: [][0], lambda: [1].pop(5), lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, "a"].sort(), lambda: [1] + (2,), lambda: [1] * 1.5, lambda: hash([]), lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]), lambda: list(5), lambda: [].sort(key=1, x=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
