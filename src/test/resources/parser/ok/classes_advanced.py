class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __call__(self, *args, **kwargs):
        return super().__call__(*args, **kwargs)


class MyError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


def use():
    try:
        raise MyError("bad", code=2)
    except MyError as e:
        print(e.code, str(e), repr(e))
    v = Vector(1, 2) + Vector(3, 4)
    x, y = v
    print(sorted([3, 1, 2], key=lambda n: -n, reverse=True))
    print("%s = %d" % ("x", 1), "{} {}".format(1, 2), format(3.5, ".1f"))
    data = {"a": [1, 2, {"b": (3, 4)}]}
    print(data["a"][2]["b"][-1])
    print(*[1, 2], sep=", ")
    return [i ** 2 for i in range(10) if i % 2 == 0]
