x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 <= 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(5), calls)
print(None is None, 1 is not None, [] is [], "a" in "abc", 3 not in (1, 2))
print(not 0, not "", not [1], 0 or "default", 3 and 4, None or 0 or [])
print(1 if x > 3 else 2, "yes" if not x else "no")
print((y := 10) * 2, y)
a = [1, 2]
b = a
print(a is b, a == [1, 2], a is not [1, 2])
print(2 ** -1, -2 ** 2, (-2) ** 2, 10 / 4, 10 // 4, -10 // 4, 10 % -3, divmod(-7, 2))
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 & 3 | 8 ^ 1, ~5, 1 << 10, 1024 >> 3)
print(True + True, 3 * "ab", [0] * 3, "x" < "y", (1, 2) < (1, 3), [1, 2] == [1, 2])
n = 0
n += 1
n *= 10
n -= 3
n //= 2
n **= 2
n %= 7
n <<= 3
n |= 1
print(n)
s = "a"
s += "b"
s *= 2
print(s)
l = [1]
l += [2]
l2 = l
l2 += [3]
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
