x = a + b - c * d / e // f % g ** h @ m
y = a << b >> c & d | e ^ f
z = -a ** -b
w = not a and b or c and not d
v = a < b <= c > d >= e == f != g is h is not i in j not in k
u = a if b else c if d else e
t = lambda: 0
s = lambda x, y=1, *args, z, w=2, **kw: x + y
r = lambda *, a: a
q = lambda a, /, b: a
p = (x := 10) + (y := x)
o = a.b.c(d)[e](f).g
n = a[1], a[1:2], a[::], a[1:2:3], a[:, 1], a[::2, ::3], a[..., None], a[x,], a[:]
m = (1), (1,), (), (1, 2), [], [1, 2,], {}, {1: 2, **d}, {1, 2}, {*a, *b}, [*a, *b]
l = f(a, b, *c, d=1, **e), f(*a, *b, **c, **d), f(a)(b)(c)
k = ...
j = a if (b := c) else d
i = [y for x in z if x for y in x if y if not y]
h = {k: v for k, v in d.items()}, {x for x in y}, (x for x in y)
g = sum(x * x for x in range(10))
f2 = f(x for x in y)
e2 = a[b][c].d
d2 = True, False, None
c2 = a * (b + c), (a * b) + c
b2 = +a, -a, ~a, not a
a2 = a ** b ** c, (a ** b) ** c, -1 ** 2, 2 ** -1
z2 = [i for i in range(10) if i % 2 if i % 3]
y2 = {**a, 'b': 1, **c}
x2 = 1 if x else 2, 3
w2 = a.b[1:2].c()
v2 = f(a=1)(b=2)
u2 = (yield_ := 5)
t2 = x[1:2, ::3, ...]
s2 = x[*a]
