# sum/mean/min/max/argmax along axis 0 and 1 of 2-D arrays (one fused kernel call in gilkit):
# float64, int64 and bool; NaN and infinities; ties; views; empty axes; sizes past the kernels'
# release thresholds and sum blocks. Values are exact in binary so sums do not depend on order.
import numpy as np


def show(name, m):
    for axis in (0, 1, -1, -2):
        print(name, axis, repr(m.sum(axis=axis)), repr(m.mean(axis=axis)))
        if m.shape[axis] > 0:
            print(name, axis, repr(m.min(axis=axis)), repr(m.max(axis=axis)), repr(m.argmax(axis=axis)))


show("f", np.array([[1.5, -2.0, 7.25], [0.5, 9.0, -3.75], [4.0, 4.0, 0.25]]))
show("i", np.array([[3, -7, 12, 12], [5, 5, -1, 0]]))
show("b", np.array([[True, False, True], [False, False, True]]))
show("row", np.arange(6.0).reshape(1, 6))
show("col", np.arange(5).reshape(5, 1))
show("nan", np.array([[1.0, np.nan, 3.0], [np.nan, 2.0, 8.0], [5.0, 6.0, np.nan]]))
show("inf", np.array([[np.inf, -1.0], [2.0, -np.inf], [np.inf, 3.0]]))
show("neg", np.array([[-0.0, -5.5], [-0.0, -5.5]]))
print(repr(np.array([[-0.0, -0.0]]).sum(axis=1)), repr(np.array([[-0.0, -0.0]]).sum()), repr(np.array([[-0.0], [-0.0]]).mean(axis=0)))
show("ties", np.array([[2, 9, 9], [9, 2, 9], [9, 9, 2]]))

e = np.zeros((0, 3))
print(repr(e.sum(axis=0)), repr(e.sum(axis=1)), repr(e.max(axis=1)), repr(np.zeros((2, 0), dtype=np.int64).sum(axis=1)))
print(repr(np.zeros((0, 4), dtype=np.int64).sum(axis=0)), repr(np.zeros((3, 0)).sum(axis=0)))
for f in (lambda: e.max(axis=0), lambda: e.argmax(axis=0), lambda: np.zeros((2, 0)).min(axis=1)):
    try:
        f()
    except ValueError as x:
        print("ValueError:", x)

v = np.arange(48.0).reshape(6, 8)
print(repr(v[::2, 1::3].sum(axis=0)), repr(v[1:, :5].max(axis=1)), repr(v.T.argmax(axis=1)), repr(v[:, ::-1].mean(axis=0)))

big = np.array([[((r * 700 + c) % 97 - 48.0) * 0.5 for c in range(700)] for r in range(300)])
print(repr(big.sum(axis=0)[:5]), repr(big.sum(axis=1)[-5:]), repr(big.sum(axis=0).sum()), repr(big.sum(axis=1).sum()))
print(repr(big.mean(axis=1)[:4]), repr(big.min(axis=0)[:4]), repr(big.max(axis=1)[:4]), repr(big.argmax(axis=0)[:6]))
print(repr(big.argmax(axis=1)[:6]), repr(big.argmax(axis=1).sum()), repr(big.argmax(axis=0).sum()))
ib = np.array([[(r * 40 + c) * 7919 % 1000003 for c in range(40)] for r in range(2000)])
print(repr(ib.sum(axis=0)[:4]), repr(ib.sum(axis=1)[:4]), repr(ib.max(axis=0)[:4]), repr(ib.argmax(axis=0)[:4]), repr(ib.mean(axis=0)[:3]))
print(repr(np.sum(ib, axis=1).max()), repr(np.argmax(ib, axis=1)[:5]), repr(np.min(ib, 0).sum()), repr(np.mean(big, 0)[:2]))
