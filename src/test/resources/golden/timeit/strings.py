import timeit
print(round(timeit.timeit("x = sum(range(10))", number=1000), 0) >= 0)
print(len(timeit.repeat("a=b+1", setup="b=2", number=10, repeat=3)))
t = timeit.Timer("y=[i for i in range(5)]\nz=y")
print(t.timeit(10) >= 0)
def f(): return 1
print(timeit.timeit(f, number=5) >= 0)
print(timeit.timeit("f()", globals=globals(), number=5) >= 0)
print(timeit.Timer("q", setup="q=1").autorange()[0] >= 1)
try:
    timeit.timeit("x = ", number=1)
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
try:
    timeit.Timer(3)
except ValueError as e:
    print(e)
