# zlib.crc32 and adler32: the check values of "123456789", continuation, the value argument
# reduced modulo 2**32, large inputs, and bad input.
import zlib

data = b"123456789"
print(zlib.crc32(data), hex(zlib.crc32(data)))
print(zlib.crc32(b""), zlib.crc32(b"", 5), zlib.crc32(bytearray(data)))
print(zlib.crc32(data[5:], zlib.crc32(data[:5])) == zlib.crc32(data))
print(zlib.crc32(data, -1), zlib.crc32(data, 2 ** 40 + 7), zlib.crc32(data, 2 ** 32 - 1))
print(zlib.crc32(data, True))
print(zlib.adler32(data), zlib.adler32(b""), zlib.adler32(b"", 7), zlib.adler32(data, 2 ** 33))
print(zlib.adler32(data[4:], zlib.adler32(data[:4])) == zlib.adler32(data))
big = bytes(range(256)) * 40000
c = 0
for i in range(0, len(big), 65536):
    c = zlib.crc32(big[i:i + 65536], c)
print(zlib.crc32(big), c == zlib.crc32(big), zlib.adler32(big))
print(zlib.crc32(b"\xff" * 100000), zlib.adler32(b"\xff" * 100000))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: zlib.crc32("text"))
t(lambda: zlib.crc32(1))
t(lambda: zlib.crc32(None))
t(lambda: zlib.crc32())
t(lambda: zlib.crc32(b"", 1, 2))
t(lambda: zlib.crc32(b"", value=1))
t(lambda: zlib.crc32(b"", 1.5))
t(lambda: zlib.crc32(b"", "1"))
t(lambda: zlib.adler32("text"))
t(lambda: zlib.adler32())
