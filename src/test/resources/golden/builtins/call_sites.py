# CALL specialises len() and isinstance() per call site; the same site must keep
# CPython's behaviour when the callee changes, the argument count is wrong, or the
# argument's type defines the protocol itself.


class Sized:
    def __len__(self):
        return 7


class Bad:
    def __len__(self):
        return -1


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Anything(metaclass=Meta):
    pass


def measure(f, x):
    return f(x)


def size(x):
    return len(x)


def check(x, t):
    return isinstance(x, t)


for x in ([1, 2], "abc", (1,), {"a": 1}, Sized(), range(5), b"xy", {1, 2, 3}):
    print(size(x))
for bad in (3, None, Bad()):
    try:
        size(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(measure(len, [1]), measure(abs, -3), measure(len, "four"), measure(str, 5))

for x, t in ((1, int), (True, int), ("s", (int, str)), (1.5, int), ("anything", Anything), (1, Anything)):
    print(check(x, t))
try:
    check(1, 2)
except TypeError as e:
    print("TypeError", e)


def wrong_counts():
    for args in ((), (1, 2)):
        try:
            len(*args)
        except TypeError as e:
            print("TypeError", e)
    try:
        isinstance(1)
    except TypeError as e:
        print("TypeError", e)


wrong_counts()

# Shadow the builtin at module level, then remove the shadow: the same sites follow.
len = lambda x: "mine"
isinstance = lambda x, t: "also mine"
print(size([1, 2, 3]), check(1, int))
del len, isinstance
print(size([1, 2, 3]), check(1, int))


def local_shadow():
    len = max
    return len([4, 9, 2])


print(local_shadow())
