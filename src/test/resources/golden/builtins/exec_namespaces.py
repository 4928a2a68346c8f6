# exec/eval namespaces: classes, closures and comprehensions in exec'd code, separate locals, a
# function's locals() after exec, and a restricted __builtins__.
g = {}
exec("class A:\n  x = 1\n  def m(self): return self.x\nprint(A().m(), A.__module__, A.__qualname__)", g)
exec("def outer():\n  v = 3\n  def inner():\n    return v\n  return inner()\nprint(outer())", {})
exec("import sys\nprint(__name__ if '__name__' in dir() else 'no name')", {})
exec("x = [i for i in range(3)]\nprint(x, sum(i for i in x))", {}, {})
ns = {}
exec("a = 1\ndef f():\n    return a\n", ns, ns)
print(ns["f"]())
loc = {}
exec("b = 2\ndef f():\n    return b\n", {}, loc)
try:
    loc["f"]()
except NameError as e:
    print("NameError:", e)
print(eval("__name__"), eval("__name__", {}))
print(eval(compile("x = 5", "<s>", "exec"), {}))
def counter():
    total = 0
    exec("total = 99")
    return total, locals()["total"]
print(counter())
e = compile("(lambda: 42)()", "<s>", "eval")
print(eval(e), e.co_name)
print(eval("1", {"__builtins__": {}}))
try:
    print(eval("len('x')", {"__builtins__": {}}))
except NameError as e:
    print("NameError:", e)
