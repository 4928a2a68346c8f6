# Known-answer vectors through the Python API: NIST FIPS 180 examples for SHA-256 and SHA-1
# ("abc", the empty string, the 448-bit message, one million 'a'), the RFC 1321 test suite for
# MD5. Each goes one-shot, in chunks, and byte at a time; the results must all agree.
import hashlib

MSG448 = b"abcdbcdecdefdefgefghfghighijhijkijkljklmjklmnklmnolmnomnopnopq"
MILLION = b"a" * 1000000
RFC1321 = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
           b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
           b"1234567890" * 8]


def one_shot(name, data):
    return hashlib.new(name, data).hexdigest()


def chunked(name, data, size):
    h = hashlib.new(name)
    for i in range(0, len(data), size):
        h.update(data[i:i + size])
    return h.hexdigest()


def byte_at_a_time(name, data):
    h = getattr(hashlib, name)()
    for i in range(len(data)):
        h.update(data[i:i + 1])
    return h.hexdigest()


for name in ("sha256", "sha1"):
    for label, data in (("abc", b"abc"), ("empty", b""), ("448-bit", MSG448)):
        d = one_shot(name, data)
        assert d == chunked(name, data, 7) == byte_at_a_time(name, data), (name, label)
        print(name, label, d)
    d = one_shot(name, MILLION)
    assert d == chunked(name, MILLION, 4096) == chunked(name, MILLION, 999), name
    print(name, "million-a", d)

for data in RFC1321:
    d = hashlib.md5(data).hexdigest()
    assert d == chunked("md5", data, 5) == byte_at_a_time("md5", data)
    print("md5", repr(data), d)
