def outer(a, *args, k=1, **kw):
    x = [a, *args]
    def inner():
        nonlocal x
        x = f"{a!r:>5}"
        return x is not None and a in kw
    return inner
try:
    import os as o
except ImportError as e:
    pass
a, *b, c = 1, 2, 3, 4
