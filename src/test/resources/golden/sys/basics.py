# sys: switch interval, recursion limit, argv, streams, version and platform facts, exit.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
print(sys.getswitchinterval() <= 1e-5)
sys.setswitchinterval(0.005)
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

print(sys.argv, type(sys.argv).__name__)
print(sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)
print(sys.version_info[:2], sys.version_info[0], sys.version_info >= (3, 8))
print(type(sys.version).__name__, sys.version.startswith("3.11"))
print(sys.modules["sys"] is sys, "__main__" in sys.modules, type(sys.path).__name__)
print(hasattr(sys.implementation, "name"), isinstance(sys.implementation.name, str))
n = sys.stdout.write("written with sys.stdout.write\n")
print(n)
sys.stdout.flush()
sys.stderr.write("to stderr\n")
sys.stderr.flush()
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info())
sys.exit(3)
print("not reached")
