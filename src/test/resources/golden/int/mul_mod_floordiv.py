# int *, % and // (the VM's exact-int fast path): signs, zero, overflow into big ints, in-place
# forms, bool and int subclasses (which must not take the fast path), and the errors.


class MyInt(int):
    def __mod__(self, other):
        return "MyInt.__mod__"

    def __mul__(self, other):
        return "MyInt.__mul__"


vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -(2**63), 2**63 - 1, 10**20, -(10**20)]
for a in vals:
    row = []
    for b in vals:
        r = [a * b]
        if b != 0:
            r.append(a % b)
            r.append(a // b)
        row.append(tuple(r))
    print(a, row)

x = 17
x *= 3
print(x)
x %= 5
print(x)
x //= -2
print(x)
x = 2**40
x *= x
print(x)
print(True * 3, True % 2, 7 // True, False * 10**30)
print(MyInt(5) % 3, MyInt(5) * 2, 3 * MyInt(5), 10 // MyInt(3))
for a, b in [(5, 0), (0, 0), (10**30, 0)]:
    for op in ("%", "//"):
        try:
            eval("a " + op + " b")
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


print([n for n in range(60) if is_prime(n)], sum(1 for n in range(10000, 12000) if is_prime(n)))
