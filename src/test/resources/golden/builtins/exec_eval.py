# exec/eval/compile as tutorials use them
import time

code = """
total = 0
for i in range(10):
    total += i
"""
ns = {}
exec(code, ns)
print(ns["total"], sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns)

x = 10
print(eval("x * 2 + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("a * b", {"a": 3}, {"b": 4}))
print(eval("len('abc') + abs(-2)"))
print(eval("[i * i for i in range(5)]"))
print(eval("(lambda n: n + 1)(41)"))

def f():
    local_var = 5
    print(eval("local_var + 1"))
    exec("local_var = 100; new_var = 1")
    print(local_var, "new_var" in locals())
    d = {}
    exec("z = local_var * 2", globals(), {"local_var": 7, "out": d})
    return d
f()

exec("GLOBAL_FROM_EXEC = 42")
print(GLOBAL_FROM_EXEC)

c = compile("a + b", "<expr>", "eval")
print(eval(c, {"a": 1, "b": 2}), eval(c, {"a": "x", "b": "y"}))
print(type(c).__name__, c.co_filename, c.co_name)
c2 = compile("def sq(n):\n    return n * n\nresult = sq(7)\n", "<defs>", "exec")
g = {}
exec(c2, g)
print(g["result"], g["sq"](3), g["sq"].__name__, g["sq"].__module__ if "__name__" in g else "no module")
print(eval(c2, {}))

# timeit-like: run a statement many times via a compiled function
setup = "data = list(range(100))"
stmt = "sum(data)"
src = "def inner(_n):\n    " + setup + "\n    for _ in range(_n):\n        " + stmt + "\n"
env = {}
exec(src, env)
t0 = time.perf_counter()
env["inner"](1000)
print("timed ok:", time.perf_counter() - t0 >= 0)

# a small REPL demo with 'single' mode
for line in ["1 + 1", "x = 5", "x * 3", "None", "'text'"]:
    exec(compile(line, "<stdin>", "single"), {"x": 2})

# errors
for bad in ["1 +* 2", "x = = 1", "def f(:\n    pass", "if True\n    pass"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval("x = 1")
except SyntaxError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
try:
    compile("1", "f", "bad")
except ValueError as e:
    print(e)
try:
    exec(42)
except TypeError as e:
    print(e)
print(eval(b"2 ** 10"), eval("  \t 3"))
exec("print('printed from exec', __name__)")
exec("print('own namespace', __name__)", {"__name__": "custom"})
exec("import math; print(math.sqrt(16))", {})
