# Array creation functions.
import numpy as np

print(repr(np.array([1, 2, 3])), repr(np.array((1.5, 2))), repr(np.array([True, 2])))
print(repr(np.array([[1, 2.5], [3, 4]])), repr(np.array([(1, 2), [3, 4]])))
print(repr(np.array([1, 2], dtype=float)), repr(np.array([1.9, -2.9], dtype=np.int64)))
print(repr(np.array([0, 2], dtype=bool)), repr(np.array([1, 2], dtype="float64")))
a = np.array([1.0, 2.0])
b = np.array(a)
b[0] = 9
print(a, b)
print(repr(np.array([np.array([1, 2]), np.array([3, 4])])))
print(repr(np.asarray(a)), np.asarray(a) is a, np.asarray([1, 2]))

print(repr(np.zeros(3)), repr(np.zeros((2, 2))), repr(np.zeros([2, 1], dtype=int)), repr(np.zeros(2, np.int64)))
print(repr(np.ones(4)), repr(np.ones((2, 3), dtype=np.int64)), repr(np.ones(2, dtype=bool)))
e = np.empty((2, 3))
print(e.shape, e.dtype)
print(repr(np.full(3, 7)), repr(np.full((2, 2), 1.5)), repr(np.full(2, 7, dtype=float)), repr(np.full(2, True)))
print(repr(np.zeros(0)), len(np.zeros(5)), len(np.zeros((4, 2))))

print(repr(np.arange(5)), repr(np.arange(2, 8)), repr(np.arange(10, 0, -3)), repr(np.arange(0)))
print(repr(np.arange(5, 2)), repr(np.arange(-3, 3, 2)))
print(repr(np.arange(0.0, 1.0, 0.25)), repr(np.arange(1.5)), repr(np.arange(0, 1, 0.1)))
print(repr(np.arange(3, dtype=float)), repr(np.arange(0.5, 3.0)), repr(np.arange(5, 0, -1.5)))

print(repr(np.linspace(0, 1, 5)), repr(np.linspace(0, 10, 4)), repr(np.linspace(2, 3, 1)))
print(repr(np.linspace(0, 1, 0)), repr(np.linspace(0, 1, 4, endpoint=False)), repr(np.linspace(1, 1, 3)))
print(repr(np.linspace(-5, 5, 11)), np.linspace(0, 1).shape, repr(np.linspace(0, 10, 5, dtype=int)))

for x in [np.zeros(3), np.ones((2, 5)), np.arange(6).reshape(2, 3), np.array([[1.0], [2.0]])]:
    print(x.shape, x.size, x.ndim, x.dtype, x.itemsize, x.nbytes, len(x), x.strides)
print(type(np.zeros(2)) is np.ndarray, isinstance(np.arange(3), np.ndarray))
print(np.arange(4).tolist(), np.arange(4.0).reshape(2, 2).tolist(), np.array([True, False]).tolist())
print(type(np.arange(3).tolist()[0]).__name__, type(np.ones(2).tolist()[0]).__name__)
