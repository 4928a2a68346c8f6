# Elementwise arithmetic, in-place operators, broadcasting, sqrt/exp and comparisons.
import numpy as np

a = np.array([1.0, 2.0, 4.0])
b = np.array([0.5, -1.0, 2.0])
i = np.array([1, 2, 3])
j = np.array([10, 20, 30])
print(repr(a + b), repr(a - b), repr(a * b), repr(a / b))
print(repr(a + 1), repr(1 + a), repr(a - 1), repr(1 - a), repr(a * 3), repr(3 * a), repr(a / 4), repr(4 / a))
print(repr(i + j), repr(i - j), repr(i * j), repr(j / i), repr(i / 2), repr(2 / i))
print(repr(i + 1), repr(1 - i), repr(i * -2), repr(i + 0.5), repr(0.5 * i), repr(i + a), repr(a - i))
print(repr(i + True), repr(np.array([True, False]) + 1), repr(np.array([True, False]) * 2.5))
print(repr(-a), repr(-i), repr(+a), repr(abs(b)), repr(abs(-i)), repr(-np.zeros(2)))
print(repr(np.sqrt(np.array([1.0, 4.0, 2.0]))), repr(np.exp(np.array([0.0, 1.0]))), repr(np.sqrt(i)))
print(repr(np.sqrt(16)), repr(np.exp(0)))
print(repr(a + [1, 2, 3]), repr([1, 2, 3] - a), repr(a * np.float64(2)), repr(np.float64(2) - a))
print(repr(i * (2**40)), repr(np.array([2**62]) * 4))

m = np.arange(6).reshape(2, 3)
print(repr(m + 1), repr(m * m), repr(m / 2), repr(m - m.T.T))
print(repr(m + np.array([10, 20, 30])), repr(m * np.array([[1], [2]])), repr(np.array([[1], [2]]) + np.array([10, 20, 30])))
print(repr(np.ones((2, 3)) + np.ones((1, 3))), repr(np.ones(3) + np.ones(1)))

c = np.array([1.0, 2.0, 3.0])
c += 1
print(repr(c))
c *= np.array([2.0, 2.0, 0.5])
print(repr(c))
c -= 1.5
c /= 2
print(repr(c))
k = np.arange(4)
k += 10
k *= 2
k -= np.arange(4)
print(repr(k))
f = np.zeros(3)
f += np.arange(3)
print(repr(f))
r = np.arange(6.0).reshape(2, 3)
r[:, 1] += 100
r[0] *= -1
print(repr(r))
alias = c
c += 1
print(alias is c, repr(alias))

print(repr(a > 1.5), repr(a == b), repr(i != 2), repr(i <= j), repr(a < i), repr(m >= 3))
print(repr(a == 2), repr(2 < a), repr(np.array([np.nan]) == np.nan))
print((a > 0).all(), (a > 3).any(), (a > 5).any(), (a > 1).sum())
