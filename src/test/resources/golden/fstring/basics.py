name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n:5d}|{n:<5}|{n:^6}|{n:>6}|{n:05}|{n:x}|{n:#b}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0%} {1234567.891:,.2f}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{items} {items[0]} {len(items)} {n * 2} {n if n > 10 else 0}")
print(f"{{literal}} {n}{{}}")
width = 8
print(f"[{name:>{width}}] [{pi:.{3}f}]")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{'nested ' + f'{n}'}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p"
    def __format__(self, spec):
        return "formatted:" + spec
print(f"{P()} {P()!r} {P()!s} {P():xyz}")
print(f"{3.0} {1e20} {0.1 + 0.2} {-0.0} {1/3}")
print(f"{True} {None} {b'x'}")
print("%s %d %05.1f %r %x" % ("s", 3, 2.25, "r", 255))
print("{} {:>4} {name}".format(1, 2, name="n"))
print(format(3.5, "08.3f"), format(10, "b"), format("x", "^5"))
