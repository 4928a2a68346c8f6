import sys

def f():
    try:
        raise ValueError("in try")
    except ValueError:
        raise KeyError("in except")

try:
    f()
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except ValueError:
    print("outer caught")

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def nested():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            print("not here")
    except TypeError as e:
        return "outer handler: " + str(e)

print(nested())

def gen_exc():
    try:
        raise IndexError("gen")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

g = gen_exc()
print(next(g), sys.exc_info()[0], next(g))

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)

class E(Exception):
    def __str__(self):
        return "custom str"

try:
    raise E()
except E as e:
    print(str(e), repr(e), e.args)

try:
    raise E("a", "b")
except E as e:
    print(e.args)

try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))

errors = []
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        raise exc("msg")
    except (ValueError, TypeError) as e:
        errors.append("first:" + type(e).__name__)
    except LookupError as e:
        errors.append("lookup:" + type(e).__name__)
print(errors)

try:
    try:
        raise ValueError(1)
    except Exception as e:
        raise e
except ValueError as e:
    print("re-raised object", e)

def finally_return():
    try:
        1 / 0
    finally:
        return "swallowed"

print(finally_return())

try:
    int("zz")
except (TypeError, ValueError) as e:
    print(type(e).__name__)
else:
    print("no")

try:
    raise Exception("base")
except BaseException as e:
    print("BaseException caught", e)

try:
    try:
        raise KeyError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
