path = "/tmp/gilkit_golden_files.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\nline three"), f.name, f.mode, f.closed)
    f.writelines(["\nx", "y\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines()[-1])
with open(path, "wb") as f:
    print(f.write(b"\x00\x01bin\xff"))
with open(path, "rb") as f:
    data = f.read(); print(data, type(data).__name__, len(data))
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo ✓\r\nwindows\rmac\n")
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))
print(repr(open(path).read()))
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", getattr(e, "errno", None), getattr(e, "filename", None))
show(lambda: open("/nonexistent/dir/file.txt"))
show(lambda: open("/tmp"))
show(lambda: open(path, "z"))
show(lambda: open(path, "rw"))
show(lambda: open(path, "rb", encoding="utf-8"))
show(lambda: open(path, "x"))
g = open(path); g.close()
show(lambda: g.read())
show(lambda: open(path, "w").read())
show(lambda: open(path).write("x"))
show(lambda: open(path, "wb").write("text"))
show(lambda: open(path, "w").write(b"bytes"))
show(lambda: open(5.5))


