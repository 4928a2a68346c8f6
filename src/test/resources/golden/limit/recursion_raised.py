# Python-level recursion is bounded by the recursion limit, not by the Java stack:
# even with a raised limit the interpreter reports RecursionError, never crashes.
import sys
sys.setrecursionlimit(20000)
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
print(down(15000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def nested_closures(k):
    if k == 0:
        return lambda: "bottom"
    inner = nested_closures(k - 1)
    return lambda: inner()
print(nested_closures(500)())
