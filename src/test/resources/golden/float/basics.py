print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.123456789, 1e22, 1e-7, 5e-324, 1.7976931348623157e308)
print(-0.0, 0.0 == -0.0, float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1_000.5"), float("-1e-3"), float(3), float("Infinity"))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 2.0 ** 10, 2 ** 0.5, 4 ** 0.5, (-8) ** 2.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.0005, 3), round(123.456, -1), round(0.5), round(1e20), round(2.5, 0))
print(int(2.9), int(-2.9), float(10 ** 20), 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10), 3.0 == 3, 0.1 * 3 == 0.3)
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (1.5).hex(), (3.0).conjugate(), (0.1).hex(), (-0.0).hex(), (5e-324).hex())
print(abs(-1.5), -(-1.5), max(1.5, 2), min(1, 0.5), sum([0.1] * 10), 1.0 + 2, 3 * 1.5, 10 / 4, 1e300 * 1e10 == float("inf"))
print(f"{3.14159:.2f}|{3.14159:8.3f}|{3.14159:<8.1f}|{1234.5:,.2f}|{0.000123:.2e}|{12345678.9:g}|{0.5:%}|{2.0:g}|{1e-5:g}")
print(format(1.0, ""), format(1.0, "g"), format(1e16, ".3"), format(float("nan"), "f"), format(float("-inf"), "e"), format(-0.0, "+.1f"))
print(str(1.0), repr(1.0), str(1e100), repr(-1.25e-10), 1.0 / 3 * 3, 100.0, 1e5, 12345678901234567890.0)
print(hash(1.5), hash(-1.0), hash(0.5), hash(2.0) == hash(2), hash(1e100), hash(float("inf")), hash(-float("inf")))
print(float("nan") == float("nan"), float("nan") != float("nan"), float("inf") > 1e308, 1 < float("nan"), sorted([3.5, -1, 2]))
print(isinstance(1.0, float), type(1.0).__name__, float.__name__, 1.5.__class__, (1.5).real, (1.5).imag, float())
x = 1.5
x += 1; x *= 2; x /= 4; x -= 0.25; x **= 2; x //= 0.5; x %= 3
print(x)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1, lambda: float('x'), lambda: float(''), lambda: float(None), lambda: int(float('inf')), lambda: int(float('nan')), lambda: 10.0 ** 400, lambda: round(float('inf')), lambda: float([1]), lambda: 1.0.hex(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
