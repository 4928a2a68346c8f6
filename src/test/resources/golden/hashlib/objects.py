# hashlib objects: sizes, names, copy independence, digest not consuming state, the data types
# accepted, repr shape, and hashlib.new spellings.
import hashlib

for name in ("md5", "sha1", "sha256"):
    h = getattr(hashlib, name)(b"hello")
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
    c = h.copy()
    c.update(b" world")
    print(h.hexdigest() == getattr(hashlib, name)(b"hello").hexdigest())
    print(c.hexdigest() == getattr(hashlib, name)(b"hello world").hexdigest())
    print(h.digest() == h.digest(), h.digest().hex() == h.hexdigest())
    print(h.update(b"!") is None)

print(hashlib.sha256(bytearray(b"abc")).hexdigest())
print(hashlib.sha256(string=b"abc").hexdigest())
print(hashlib.new("SHA1", b"abc").hexdigest())
print(hashlib.new(name="md5", data=b"abc").hexdigest())
print(hashlib.new("sha256", b"abc", usedforsecurity=False).hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest())
r = repr(hashlib.sha256())
print(r.startswith("<sha256 _hashlib.HASH object @ 0x"), r.endswith(">"))
print(repr(hashlib.md5())[:31])
print(type(hashlib.sha1()))
print(type(hashlib.algorithms_guaranteed).__name__, "md5" in hashlib.algorithms_available,
      {"md5", "sha1", "sha256"} <= hashlib.algorithms_guaranteed)
big = bytes(range(256)) * 4096
h = hashlib.sha256()
h.update(big)
h.update(bytearray(big))
print(h.hexdigest() == hashlib.sha256(big + big).hexdigest())
