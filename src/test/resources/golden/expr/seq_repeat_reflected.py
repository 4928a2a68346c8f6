# seq * x: the sequence's repeat gives way to x.__rmul__ when x is not an integer (CPython's
# binary_op1 order), and the error names x's type when nothing handles it.
class R:
    def __rmul__(self, o):
        return "rmul " + type(o).__name__
    def __mul__(self, o):
        return "mul " + type(o).__name__

class Idx:
    def __index__(self):
        return 3

print([1] * R(), (1,) * R(), "a" * R(), b"x" * R(), bytearray(b"y") * R())
print(R() * [1], R() * "a")
print([0] * Idx(), "ab" * Idx(), Idx() * (1, 2), b"z" * Idx())
l = [1, 2]
l *= 2
print(l)
l2 = [1]
l2 *= R()
print(l2)
for a, b in [([1], 2.0), (2.0, [1]), ("a", "b"), ((1,), None), (b"x", 1.5), ([1], [2])]:
    try:
        a * b
    except TypeError as e:
        print("TypeError:", e)
x = [1]
try:
    x *= 2.5
except TypeError as e:
    print("TypeError:", e)
s = "ab"
try:
    s *= "c"
except TypeError as e:
    print("TypeError:", e)
