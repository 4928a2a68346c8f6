# sys._getframe: the caller's frame (f_code.co_name, f_lineno, f_back, f_globals).
import sys


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    return where()


print(outer())
print(where())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals())
print(sys._getframe(0).f_code.co_filename.endswith("getframe.py"))
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
