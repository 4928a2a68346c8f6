a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
p, *q = [1]
print(p, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
[m, n] = 7, 8
print(m, n)
print([*range(3), *"ab"], (*[1, 2],), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args):
    return args
print(f(*[1, 2], *(3,)), f())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
d = {}
d["k"], d["j"] = 1, 2
print(d)
class O:
    pass
o = O()
o.a, o.b = "x", "y"
print(o.a, o.b)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 6
print(lst)
x = y = z = "same"
print(x, y, z)
