import io, sys
from contextlib import redirect_stdout
buf = io.StringIO()
print("hello", 42, file=buf)
buf.write("second line\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()), repr(buf.read()))
with io.StringIO("a\nb\nc") as f:
    print([line for line in f], f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
out = io.StringIO()
with redirect_stdout(out):
    print("captured")
print(repr(out.getvalue()))
b = io.BytesIO(b"xyz")
b.seek(0, 2); b.write(b"123"); print(b.getvalue(), b.tell()); b.seek(1); print(b.read(2))
s = io.StringIO("abcdef"); s.seek(2); s.write("ZZ"); print(s.getvalue()); s.truncate(3); print(s.getvalue(), s.readlines())
print(io.StringIO("x\ny\n").readlines(), io.SEEK_END)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
