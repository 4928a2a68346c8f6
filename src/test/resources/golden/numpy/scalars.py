# numpy scalars: their types, repr and arithmetic keeping numpy types (NEP 50).
import numpy as np

f = np.array([1.5, 2.0])[0]
i = np.arange(5)[3]
print(repr(f), repr(i), type(f).__name__, type(i).__name__, isinstance(f, float))
for v in [f + 1, 1 + f, f - 2, 2 - f, f * 2, 2 * f, f / 2, 3 / f, f + f, f * i, i * f, f + 0.25, 0.25 - f, -f, abs(-f), +f]:
    print(repr(v))
for v in [i + 1, 1 + i, i - 5, 5 - i, i * 3, 3 * i, i / 2, 6 / i, i + i, i * i, i + 0.5, -i, abs(-i)]:
    print(repr(v))
s = np.arange(4.0).sum()
m = np.arange(4).max()
print(repr(s * 2), repr(m + 1), repr(s / m), repr(np.arange(3).mean() + 1))
print(f == 1.5, i == 3, f < 2, i > 2, float(f), int(i), str(f + 1), str(i * 2), f"{f:.3f}", f"{i:5d}")
print(repr(np.float64(1) / 4), repr(np.int64(7) - 10), repr(np.array([1.0, 2.0]) * f), repr(f * np.array([1, 2])))
print(repr(i - np.arange(3)), repr(np.float64(0.1) + np.float64(0.2)), repr(np.int64(2**61) * 2))
