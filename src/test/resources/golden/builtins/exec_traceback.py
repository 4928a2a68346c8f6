src = """
def divide(a, b):
    return a / b

def run():
    return divide(1, 0)
"""
ns = {}
exec(src, ns)
try:
    ns["run"]()
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()
print(eval("1 +\n 2" if False else "(1 +\n 2)"))
exec("x = 1\ny = x +\n")
