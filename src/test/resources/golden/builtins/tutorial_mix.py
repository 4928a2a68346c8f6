import sys
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        v = self.cents / 100
        return format(v, spec) if spec else f"${v:.2f}"
    def __str__(self): return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:>10.1f}", "{}".format(m), "{:,.2f}".format(m), str(m), format(m), "%s" % m)
print("error line", file=sys.stderr)
print(*[1, 2, 3], sep=", ", end="!\n")
print()
print("a", "b", sep="")
data = [("alice", 30, 55000.0), ("bob", 25, 48000.5), ("carol", 35, 72000.25)]
for name, age, sal in sorted(data, key=lambda r: r[2], reverse=True):
    print(f"{name:<8}|{age:>4}|{sal:>12,.2f}|{name.title():^9}|{age:03d}|{sal:e}")
print("=" * 20, "-" * 0, "{:=^20}".format(" mid "))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), {n: nums.count(n) for n in sorted(set(nums))}, sum(nums) / len(nums), max(nums), min(nums))
print(list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("abc")), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
gen = (x * x for x in range(5)); print(sum(gen), list(gen), any(x > 3 for x in [1, 5]), all([]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (-len(w), w)), " ".join(reversed(words)), words.index("fox"), "the" in words)
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), max({"x": 1, "y": 5}.items(), key=lambda kv: kv[1])[0])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], sum(map(sum, matrix)), [list(c) for c in zip(*matrix)])
print(round(2 / 3, 4), 10 // 3, 10 % 3, -10 // 3, 2 ** 0.5 * 2 ** 0.5, abs(-0.0), int(-0.5), 7 / 2)
s = "Python"; print(s[1:4], s[-3:], s[::-1], s.upper().center(12, "*"), s * 2, s.find("th"), len(s), s.count("o"))
print(bool(""), bool(" "), bool(0.0), bool([]), bool([[]]), None is None, 1 == True, [] == [])
t = 1, 2, 3; a, *b = t; print(t, a, b, type(t).__name__, (1,) + t, t * 2, t[::-1], 2 in t)
x = y = [1]; x.append(2); print(y, x is y, x == [1, 2], id(x) == id(y))
print(chr(65) + chr(97), ord("A"), "".join(chr(ord(c) + 1) for c in "HAL"), hex(255), int("ff", 16), bin(5)[2:].zfill(8))
