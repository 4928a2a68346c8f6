square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
print(square.__name__)
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
a = b = 1
del a, b
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(local_del())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del c.nothing
except AttributeError as e:
    print("AttributeError:", e)
def g():
    pass
print(g(), g.__name__)
