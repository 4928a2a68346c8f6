def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
@trace
def hello(name):
    return "hi " + name

print(add(1, b=2))
print(hello("bob"))

def fdoc():
    "The doc."
    return 1

print(fdoc.__name__, fdoc.__doc__, fdoc.__qualname__)

def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__, outer.__name__)
print(add.__name__)
