# collections: deque, defaultdict, Counter, OrderedDict, namedtuple.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d, d.count(3), d.index(3))
d.remove(3); print(d)
d.insert(1, "x"); print(d)
d[0] = "first"; del d[1]; print(d)
print(d.copy() == d, d == deque(d), deque([1, 2]) < deque([1, 3]), list(reversed(deque([1, 2, 3]))))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(7); print(m)
m.extend([1, 2]); print(m)
print(deque(maxlen=0), deque().maxlen)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
dd = deque([1, 2])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
dd.clear(); print(dd, bool(dd))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
e = deque([1]); e += [2, 3]; print(e)

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dict(dd), "zz" in dd)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nd = defaultdict()
try:
    nd["x"]
except KeyError as e:
    print("KeyError:", e)
print(repr(nd))

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.total())
c.update("aaz"); c.subtract({"b": 1})
print(c.most_common(3), sorted(c.elements())[:6])
x, y = Counter(a=3, b=1), Counter(a=1, b=2)
print(x + y, x - y, x | y, x & y, -Counter(a=-2, b=1), +Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter())
del c["zzz"]

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(list(od), od)
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {"a": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._fields, p._asdict(), p._replace(x=10), Point._make([3, 4]))
print(isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)), Point.__name__)
x1, y1 = p
print(x1 + y1, tuple(p), list(p))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "_a"), lambda: namedtuple("Bad", "def"),
            lambda: namedtuple("Bad", "1x"), lambda: p._replace(z=1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
R = namedtuple("R", "a def a", rename=True)
print(R._fields)
try:
    p.x = 5
except AttributeError:
    print("AttributeError on assignment")
