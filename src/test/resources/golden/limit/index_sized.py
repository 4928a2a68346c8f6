# Ints beyond Py_ssize_t as counts, indexes and sizes: CPython converts them first and raises
# OverflowError (or IndexError for subscripts); slices clamp. Never a silent [] or a wrapped cast.
def check(expr):
    try:
        r = expr()
        print(type(r).__name__, len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: [1] * -2**70)
check(lambda: [1] * 2**70)
check(lambda: 2**70 * [1])
check(lambda: 'ab' * -2**70)
check(lambda: 'ab' * 2**70)
check(lambda: b'ab' * -2**70)
check(lambda: b'ab' * 2**63)
check(lambda: (1,) * -2**70)
check(lambda: (1,) * 2**64)
check(lambda: bytearray(b'x') * -2**70)
check(lambda: len(range(2**70)))
check(lambda: range(2**70)[2**69])
check(lambda: range(2**70)[-1])
check(lambda: 'x'[2**70])
check(lambda: 'x'[-2**70])
check(lambda: [1][2**70])
check(lambda: (1,)[2**70])
check(lambda: b'x'[2**70])
check(lambda: range(3)[2**70])
check(lambda: 'hello'[2**70:])
check(lambda: 'hello'[-2**70:2**70])
check(lambda: [1,2,3][-2**70:2**70:2**70])
check(lambda: [1,2,3][::-2**70])
check(lambda: [1,2,3][2**70:-2**70:-1])
check(lambda: (1,2,3)[1:2**100])
check(lambda: b'abc'[-2**80:2])
check(lambda: range(10)[2**70:])
check(lambda: range(10)[::2**70])
def s():
    a = [1,2,3]
    a[2**70:] = [9]
    return a
check(s)
def d():
    a = [1,2,3]
    del a[2**70]
check(d)
def st():
    a = [1,2,3]
    a[2**70] = 1
check(st)
check(lambda: [1,2].pop(2**70))
check(lambda: [1,2].insert(2**70, 5))
check(lambda: 'abc'.find('b', 2**70))
check(lambda: [1, 2].index(2, -2**70, 2**70))
check(lambda: 'ab'.center(2**70))
check(lambda: 'ab'.zfill(2**70))
check(lambda: bytes(2**70))
check(lambda: bytearray(-1))
check(lambda: [0] * 2**62)
check(lambda: 'x' * 2**62)
check(lambda: range(0, 2**70, 2**68)[3])
check(lambda: list(range(2**70, 2**70 + 3)))
check(lambda: 'abc'.split(maxsplit=2**70))
check(lambda: sum(range(10)[2**70:]))
x = [1, 2, 3]
x *= 0
check(lambda: x)
def im():
    y = [1]
    y *= -2**70
    return y
check(im)
def im2():
    y = [1]
    y *= 2**70
    return y
check(im2)
check(lambda: 'abc'[slice(None, None, 0)])
check(lambda: 'abc'[slice(2**70)])
check(lambda: 'abc'.__getitem__(2**70))
check(lambda: slice(-2**70, 2**70).indices(5))
check(lambda: [1,2,3][True])
check(lambda: int.__index__(2**70))
check(lambda: [].pop(2**70))
check(lambda: [].pop('x'))
check(lambda: [1, 2, 3].pop(-1))
check(lambda: [1, 2, 3].insert(-2**62, 0))
check(lambda: 'ab'.center(2**40))
check(lambda: 'ab'.zfill(2**62))
check(lambda: 'ab'.zfill(-2**62))
check(lambda: 'a b'.split(maxsplit=-2**63))
check(lambda: b'a b'.split(maxsplit=2**70))
check(lambda: bytes(2**40))
check(lambda: bytearray(2**70))
check(lambda: bytes(-2**70))
check(lambda: 'ab'.ljust(-2**70))
