# Repeating a sequence past what memory holds is an error, never a silently wrong result; the
# count's __index__ is called once.
class Count:
    calls = 0
    def __init__(self, n):
        self.n = n
    def __index__(self):
        Count.calls += 1
        return self.n

for n in (2**62, 2**70, 2**40):
    for s in ("a", "ab", b"ab", [1, 2], (1, 2), bytearray(b"ab")):
        try:
            print(type(s).__name__, len(s * n))
        except (MemoryError, OverflowError):
            print(type(s).__name__, "error")
c = Count(3)
print("ab" * c, [0] * c, (1,) * c, b"x" * c, Count.calls)
