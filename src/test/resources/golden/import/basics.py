import _helper
import _helper as h2
from _helper import VALUE, greet as hi
print(_helper.VALUE, h2 is _helper, VALUE, hi("you"), _helper.greet("me"))
print(_helper.__name__, type(_helper).__name__, _helper.Thing.__module__)
import sys
print(type(sys).__name__, "sys" in sys.modules, sys.modules["_helper"] is _helper)
print(__name__)
if __name__ == "__main__":
    print("main guard")
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _helper import nope
except ImportError as e:
    print(type(e).__name__, e)
