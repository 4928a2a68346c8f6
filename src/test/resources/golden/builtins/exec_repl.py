# A tiny REPL over canned input, as tutorials show compile(..., "single"): expression values are
# echoed through sys.displayhook, statements are silent, errors are reported and the loop goes on.
import sys

lines = [
    "x = 6 * 7",
    "x",
    "x / 4",
    "'hello'.upper()",
    "None",
    "[n * n for n in range(4)]",
    "print('side effect')",
    "1 / 0",
    "x = = 2",
    "_",
    "def twice(v): return v * 2\n",
    "twice(x)",
    "undefined",
]
namespace = {}
for line in lines:
    print(">>>", line)
    try:
        code = compile(line, "<stdin>", "single")
        exec(code, namespace)
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


def hook(value):
    if value is not None:
        print("result ->", repr(value))


sys.displayhook = hook
exec(compile("3 + 4", "<stdin>", "single"), namespace)
sys.displayhook = sys.__displayhook__
exec(compile("'back to default'", "<stdin>", "single"), namespace)
