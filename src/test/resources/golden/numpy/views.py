# Indexing and slicing: integer indexes, views sharing memory, steps, assignment, reshape.
import numpy as np

a = np.arange(10)
print(repr(a[0]), repr(a[-1]), repr(a[3]), a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[5:5], a[20:])
v = a[2:6]
v[0] = 100
print(a, v, v.shape)
w = a[::2]
w[1] = -1
print(a, w, w.strides, a.strides)
a[8:] = 0
a[:2] = np.array([7, 7])
print(a)
a[1:4] = [5, 6, 7]
a[-1] = 3.9
print(a)

m = np.arange(12.0).reshape(3, 4)
print(repr(m[1]), repr(m[1, 2]), repr(m[-1, -1]), repr(m[:, 0]), repr(m[1:, ::2]), repr(m[::-1, 1]))
print(repr(m[0][3]), repr(m[:2, 1:3]), repr(m[2, :]), repr(m[:, -1:]))
row = m[1]
row[:] = -1
print(repr(m))
col = m[:, 2]
col += 100
print(repr(m))
m[0, 0] = 42
m[2] = np.array([1.0, 2.0, 3.0, 4.0])
m[:, 1] = 0
print(repr(m))
m[1:, 2:] = np.array([[7.0, 8.0], [9.0, 10.0]])
m[0] = 5
print(repr(m))
t = m.T
print(repr(t), t.shape, t.strides)
t[0, 2] = -5
print(repr(m[2, 0]))

r = np.arange(6)
s = r.reshape(2, 3)
s[0, 0] = 99
print(repr(r), repr(s), repr(r.reshape((3, 2))), repr(r.reshape(-1, 2)), repr(r.reshape(3, -1)), repr(s.reshape(6)))
c = r.copy()
c[1] = -7
print(r, c)
f = s.flatten()
f[0] = 0
print(s[0, 0], f, s.ravel(), s.T.ravel(), s.T.reshape(6))
print(repr(np.arange(6.0)[::2].reshape(3, 1)), repr(s[:, ::2].copy()), repr(s.astype(float)), repr(s.astype(np.float64).astype(int)))
for row in np.arange(6).reshape(3, 2):
    print(row, end=" ")
print()
for x in np.array([1.5, 2.5]):
    print(repr(x), end=" ")
print()
print(list(np.arange(3)), [float(x) for x in np.arange(3.0)], sum(np.arange(5)), max(np.array([3, 9, 2])))
print(np.array([[1, 2], [3, 4]])[1].tolist(), np.arange(5)[1:4].sum(), np.arange(10)[::3].max())
z = np.zeros(5)
z.fill(2.5)
print(z, np.array([3.0]).item(), np.arange(4)[2:3].item(), bool(np.array([0])), bool(np.array([1.5])))
h = np.arange(8)
h[1:] = h[:-1]
print(h)
