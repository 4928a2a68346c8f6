# Allocations too big for memory raise MemoryError() with no arguments (PyErr_NoMemory), as
# CPython does, whether the size comes from repetition, formatting widths or int.to_bytes.
for expr in ("[0] * (10**10)", "(0,) * (10**10)", "'a' * (2**40)", "b'x' * (2**40)",
             "'%*d' % (2**40, 1)", "format(1, '99999999999d')", "(1).to_bytes(2**40, 'big')"):
    try:
        eval(expr)
        print(expr, "ok")
    except MemoryError as e:
        print(expr, "->", repr(e), e.args, str(e) == "")

for expr in ("(1).to_bytes(2**64, 'big')", "(1).to_bytes(-1, 'big')"):
    try:
        eval(expr)
    except (OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
