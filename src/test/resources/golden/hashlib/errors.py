# Bad input to hashlib: CPython's exception types and texts.
import hashlib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: hashlib.sha256("text"))
t(lambda: hashlib.sha256(1))
t(lambda: hashlib.sha256(None))
t(lambda: hashlib.md5([1, 2]))
t(lambda: hashlib.sha256(data=b"x"))
t(lambda: hashlib.sha256(b"", b""))
t(lambda: hashlib.sha256(b"x", string=b"y"))
t(lambda: hashlib.new("nope"))
t(lambda: hashlib.new(1))
t(lambda: hashlib.new())
t(lambda: hashlib.new("md5", "text"))
h = hashlib.sha1()
t(lambda: h.update("text"))
t(lambda: h.update())
t(lambda: h.update(None))
t(lambda: h.update(b"a", b"b"))
t(lambda: h.hexdigest(1))
t(lambda: h.digest(b""))
t(lambda: h.copy(1))
t(lambda: setattr(h, "name", "x"))
t(lambda: setattr(h, "digest_size", 3))
t(lambda: h.nothing)
print(h.hexdigest())
