def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)

show(lambda: {}["missing"])
show(lambda: [][1])
show(lambda: 1 / 0)
show(lambda: int("abc"))
show(lambda: undefined_name)
show(lambda: None.attr)
show(lambda: "x" + 1)
show(lambda: open("/nonexistent/file.txt"))
show(lambda: open("."))
show(lambda: [].pop())
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: int(1e400))
show(lambda: 2.0 ** 10000)
show(lambda: "".join([1, 2]))
show(lambda: (1, 2)[5])
show(lambda: "é".encode("ascii"))
show(lambda: b"\xff".decode())

e = KeyError("k"); print(str(e), repr(e), e.args, KeyError(), str(KeyError()), str(KeyError(1, 2)))
e = OSError(2, "No such file"); print(e, e.errno, e.strerror, e.filename, type(e).__name__, e.args)
e = OSError(13, "Permission denied", "/x"); print(e, type(e).__name__, e.args, isinstance(e, PermissionError))
e = OSError("plain"); print(e, e.errno, e.args)
e = FileNotFoundError(2, "nope", "f.txt"); print(e, e.filename)
e = StopIteration(42); print(e.value, StopIteration().value)
e = SystemExit(3); print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = ImportError("no module", name="m"); print(e, e.name, e.msg, e.path)
e = ValueError("a", 1); print(e, repr(e), str(ValueError()), repr(ValueError()))
e = Exception("x"); e.extra = 5; print(e.extra, vars(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError)
print(BaseException.__subclasses__()[:0], Exception.__mro__, ModuleNotFoundError.__bases__, RecursionError.__mro__[1])
try:
    raise ValueError("inner")
except ValueError as err:
    try:
        raise TypeError("outer") from err
    except TypeError as t:
        print(repr(t.__cause__), t.__suppress_context__, repr(t.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyError(7, "custom")
except Exception as m:
    print(m, repr(m), m.code, m.args, isinstance(m, MyError))
class Plain(Exception): pass
print(repr(Plain()), repr(Plain(1)), str(Plain("a", "b")), Plain.__name__, Plain.__module__)
ex = ValueError("tb"); print(ex.with_traceback(None) is ex, ex.__traceback__)
show(lambda: ValueError(x=1))
show(lambda: BaseException.__new__(5))
