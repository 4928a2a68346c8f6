import timeit
calls = []
def f(): calls.append(1)
t = timeit.timeit(f, number=100)
print(type(t).__name__, t >= 0, len(calls))
r = timeit.repeat(lambda: sum(range(10)), repeat=3, number=10)
print(len(r), all(x >= 0 for x in r))
T = timeit.Timer(f, setup=lambda: calls.clear())
print(T.timeit(number=5) >= 0, len(calls), timeit.default_timer is __import__("time").perf_counter)
n, secs = timeit.Timer(lambda: None).autorange()
print(n >= 1, secs >= 0.2)
print(timeit.timeit("pass", number=10) >= 0)
