name = "x"
width = 10
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{width:>10} {3.14159:.2f} {name:{width}} {name:>{width}.{width}}"
d = f"{{literal}} {name}}}"
e = f"{name=} {width = } {name=!s} {width=:>5}"
f = F"{ {'a': 1}['a'] } {[x for x in range(3)]} {(lambda: 1)()}"
g = rf"raw\n{name}" fR"{name}\d"
h = "plain " f"{name}" " tail" f"" "end"
i = f"{name:}" f"{'nested' + f'{name}'}"
j = f"""triple {name
} quoted {width}"""
k = f"{a if a else b} {a, b} {3 != 4} {1 < 2}"
l = f"\n{name}\t" f"\N{BULLET} {name}"
m = f""
n = f"{'{'}"
