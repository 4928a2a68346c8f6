def f(x, *, **k): pass
