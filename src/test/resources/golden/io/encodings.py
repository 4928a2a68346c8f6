# open() with an encoding and an errors handler: text is decoded and encoded with the codec asked for,
# including UTF-8 sequences cut by the reader's chunk boundary and every errors handler.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")

# latin-1 round trip, and what the same bytes look like through other codecs
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.errors, repr(f).endswith("encoding='latin-1'>"))
    f.write("café crème\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read(), end="")
with open(path, encoding="utf-8", errors="replace") as f:
    print(f.read(), end="")
with open(path, encoding="ascii", errors="ignore") as f:
    print(f.read(), end="")
for enc in ("utf-8", "ascii"):
    try:
        with open(path, encoding=enc) as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

# writing characters the codec cannot encode
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve ☃\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve ☃\n")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("naïve\n")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# a UTF-8 text whose multi-byte characters straddle every read boundary
text = ("x" + "€" * 5000 + "\n") * 7
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, encoding="utf-8") as f:
    got = f.read()
print(got == text, len(got))
with open(path, encoding="utf-8") as f:
    print(sum(len(line) for line in f))

# UTF-16 with its BOM, read back in one go and line by line
with open(path, "w", encoding="utf-16") as f:
    f.write("ünï\ncödé\n" * 3000)
print(os.path.getsize(path))
with open(path, encoding="utf-16") as f:
    print(f.read()[:9].split("\n"))
with open(path, encoding="utf-16") as f:
    print(len(f.readlines()))

# errors that open() itself raises
for kwargs in ({"encoding": "no-such-codec"}, {"mode": "rb", "errors": "strict"}, {"mode": "rb", "encoding": "utf-8"}):
    try:
        open(path, **kwargs)
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)

# a truncated sequence at end of file
with open(path, "wb") as f:
    f.write(b"ok\xe2\x82")
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(ascii(f.read()))
