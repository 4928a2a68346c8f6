class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(ValueError) as v:
    print("inside", v)
    raise ValueError("suppressed")
print("after 1")

try:
    with Suppress(KeyError):
        raise ValueError("propagates")
except ValueError as e:
    print("outer caught", e)

with Suppress() as a, Suppress() as b:
    print(a, b)

def early():
    with Suppress():
        return "returned"

print(early())
