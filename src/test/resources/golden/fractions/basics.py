from fractions import Fraction as F
a = F(1, 3); b = F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, b % a, a ** 2, a ** -2, -a, abs(-a), F(6, -4), F("3/7"), F("1.25"), F(0.5), F(2.5e-3))
print(repr(a), float(b), int(F(7, 2)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2), a < b, a == F(2, 6), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(3, 1) == 3)
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, F(355, 113).limit_denominator(10), F(3.141592653589793).limit_denominator(1000), sum([F(1, 2), F(1, 3)]), sorted([b, a]))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
