# `if a % b == c` / `while i * i <= n` (one fused instruction in gilkit's VM): every operator
# and comparison on ints, overflow into big ints, floats, bools, user __mod__ and __eq__,
# str % formatting, and the errors with their line numbers.
import traceback


class Weird:
    def __mod__(self, other):
        return Weird()

    def __eq__(self, other):
        print("Weird.__eq__", other)
        return True


def table(a, b, c):
    out = []
    if a + b == c: out.append("+==")
    if a - b < c: out.append("-<")
    if a * b <= c: out.append("*<=")
    if b != 0:
        if a % b != c: out.append("%!=")
        if a // b > c: out.append("//>")
    if isinstance(a, float):
        return out
    if a & b >= c: out.append("&>=")
    if a | b == c: out.append("|==")
    if a ^ b != c: out.append("^!=")
    return out


for a, b, c in [(7, 3, 1), (-7, 3, 2), (7, -3, -2), (2**62, 4, 0), (2**63 - 1, 2, 1),
                (-(2**63), -1, 0), (10**20, 7, 3), (7.5, 2, 1.5), (True, True, 2), (0, 5, 0)]:
    print(a, b, c, table(a, b, c))


def isqrt(n):
    i = 0
    while i * i <= n:
        i += 1
    return i - 1


print([isqrt(n) for n in (0, 1, 15, 16, 17, 10**12)])
print("yes" if "%d-%s" % (1, "a") == "1-a" else "no")
w = Weird()
if w % 3 == 0:
    print("weird branch taken")


def divide_by(n, d):
    if n % d == 0:
        return True
    return False


def unbound(n):
    if n % k == 0:
        pass
    k = 1


for fn, args in [(divide_by, (5, 0)), (divide_by, ("x", 2)), (divide_by, (None, 2)), (unbound, (3,))]:
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e, "line", traceback.extract_tb(e.__traceback__)[-1].lineno)
