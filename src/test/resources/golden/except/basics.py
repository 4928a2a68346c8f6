def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        return 1 / 0
    return n

for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print("ValueError", e)
    except (KeyError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
    else:
        print("no error", r)
    finally:
        print("finally", n)

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "context:", repr(e.__context__))

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

class Custom(Exception):
    pass

class Sub(Custom):
    pass

try:
    raise Sub("sub")
except Custom as e:
    print("caught via base", type(e).__name__, e)

def cleanup_order():
    try:
        try:
            raise IndexError("i")
        finally:
            print("inner finally")
    except IndexError:
        print("handled")

cleanup_order()
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    [][1]
except IndexError as e:
    print("IndexError", e)
try:
    undefined_name
except NameError as e:
    print("NameError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    int("x")
except ValueError as e:
    print("ValueError", e)
e = "still here?"
try:
    raise ValueError()
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
import sys
try:
    raise ValueError("info")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
