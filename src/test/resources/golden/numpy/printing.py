# repr and str of arrays and numpy scalars, exactly as NumPy 2 prints them.
import numpy as np

cases = [
    [1.0, 2.0, 3.0],
    [1.5, 2.25, -3.0],
    [0.1, 0.2, 0.3],
    [1 / 3, 2 / 3, 1.0],
    [0.125, 1.0],
    [0.123456785, 1.0],
    [0.1234567851, 1.0],
    [123456.789, 0.5],
    [1e-5, 1.0],
    [1e8, 1.0],
    [99999999.0, 1.0],
    [1e100, 1.5],
    [1.5e-300, 2.0],
    [0.0001, 0.1],
    [0.001, 1.0],
    [1.0, 1000.0],
    [1.0, 1001.0],
    [0.0, 0.0],
    [-0.0, 1.0],
    [0.0, -1.5, 2.5],
    [float("nan"), 1.5],
    [float("inf"), -2.0],
    [float("-inf"), float("nan")],
    [float("nan")],
    [float("-inf")],
    [1.00000000001, 2.0],
    [123456789012.0, 5.0],
    [-1e-10, 1e10],
    [3.14159265358979, 2.718281828459045],
    [1e16, 1.0],
    [5e-324, 1.0],
]
for c in cases:
    a = np.array(c)
    print(repr(a))
    print(str(a))

ints = [[1, 2, 3], [-1, 10, -100], [0], [2**62, -5], [-(2**63)]]
for c in ints:
    a = np.array(c)
    print(repr(a), a)

print(repr(np.array([True, False, True])), np.array([False, False]))
print(repr(np.array([[True], [False]])))

# 2-D
print(repr(np.array([[1.5, 2.0], [3.0, -4.25]])))
print(np.array([[1.5, 2.0], [3.0, -4.25]]))
print(repr(np.arange(12).reshape(3, 4)))
print(np.arange(12).reshape(3, 4))
print(repr(np.ones((1, 3))), repr(np.ones((3, 1))))
print(repr(np.array([[1e-5, 1.0], [2.0, 3.0]])))
print(repr(np.array([[np.nan, 1.0], [np.inf, -2.0]])))

# wrapping at 75 columns
print(repr(np.arange(40)))
print(np.arange(40))
print(repr(np.arange(25) * 1000000))
print(repr(np.linspace(-1, 1, 21)))
print(np.linspace(-1, 1, 21))
print(repr(np.arange(30.0).reshape(2, 15) / 7))
print(np.arange(30.0).reshape(2, 15) / 7)

# summarization above 1000 elements
print(repr(np.arange(1001)))
print(np.arange(1001))
print(repr(np.arange(1000)[-3:]))
print(repr(np.arange(5000.0) / 3))
print(np.arange(5000.0) / 3)
print(repr(np.arange(2000).reshape(2, 1000)))
print(repr(np.arange(2000).reshape(1000, 2)))
print(np.arange(2000).reshape(1000, 2))
print(repr(np.arange(10000.0).reshape(100, 100)))
print(repr(np.zeros(1001)))

# empty arrays
print(repr(np.array([])), np.array([]))
print(repr(np.zeros(0, dtype=np.int64)), repr(np.zeros((0, 2))), repr(np.zeros((2, 0))))

# scalars
for v in [np.float64(1.5), np.float64(1.0), np.float64(1e16), np.float64(1e-5), np.float64(0.1),
          np.float64(-0.0), np.float64(float("nan")), np.float64(float("inf")), np.int64(7), np.int64(-3)]:
    print(repr(v), str(v), v)
a = np.array([1.5, 2.5])
print(repr(a[0]), repr(a.sum()), repr(np.arange(4).sum()), repr(np.array([True, False])[0]))
print([a[0], a[1]], (a.sum(),))
print(repr(np.float64(3)), repr(np.int64(2.9)), np.float64(2) * 2)
print(a.dtype, repr(a.dtype), np.arange(3).dtype, np.array([True]).dtype, a.dtype.name)
print(a.dtype == np.float64, a.dtype == "float64", a.dtype == np.int64, np.arange(2).dtype == int)
print(type(a).__name__, type(a[0]).__name__, type(np.arange(3)[0]).__name__)
