def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))

def defaults(a, L=[]):
    L.append(a)
    return L

print(defaults(1), defaults(2))

def kwonly(*, key=None):
    return key

print(kwonly(), kwonly(key="k"))
print((lambda x, y=10: x * y)(3), (lambda *a, **k: (a, k))(1, b=2))

def star_mix(*args, **kwargs):
    return args, kwargs

print(star_mix(1, *(2, 3), 4, *[5], a=1, **{"b": 2}, c=3))
for bad in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3), lambda: g(x=1, y=2, z=3),
            lambda: f(1, c=1, a=2), lambda: kwonly(1), lambda: defaults(), lambda: star_mix(**{"a": 1}, a=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]

print(annotated(1))
