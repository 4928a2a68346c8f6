# Phase 1 smoke test: functions, loops, if, print, ints, strings, lists.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(10), fib(90))
total = 0
i = 0
while i < 10:
    if i % 2 == 0:
        total += i
    elif i == 7:
        total -= 100
    else:
        total += 1
    i += 1
print("total", total)
words = ["alpha", "beta", "gamma"]
for w in words:
    print(w, len(w), w.upper())
squares = []
for k in range(5):
    squares.append(k * k)
print(squares, sum(squares))
print("a" + "b" * 3, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 100)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "x" in "xyz", 4 not in [1, 2])
