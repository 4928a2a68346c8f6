b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], list(b[:3]), b"" == bytes(), bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"))
print(b.startswith(b"he"), b.endswith(b"ld"), b"o" in b, 111 in b, b.strip(b"hd"), b"  x ".strip(), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(), b.decode(), b.decode("ascii"), b"caf\xc3\xa9".decode("utf-8"))
print(b + b"!", b * 2, b"a" < b"b", b"abc" == b"abc", b"\n\t\\'\"", b"it's", repr(b'"'), b"\x7f\x80")
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba += b"!"; print(ba, bytearray(3), bytearray([1, 2]), ba.upper(), ba[1], ba[1:3])
print(b"abc".isalpha(), b"123".isdigit(), b"Ab".isupper(), b"  ".isspace(), b"x y".split(b" ", 1), bytes(b"x"))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), list(bytes(range(5))), hash(b"a") == hash(b"a"))
for bad in [lambda: b[100], lambda: b + "s", lambda: bytes([256]), lambda: bytes("x"), lambda: b"\xff".decode(), lambda: b"\xe4\xb8".decode(), lambda: bytearray(b"x").pop(5), lambda: bytes.fromhex("zz"), lambda: "é".encode("ascii"), lambda: b"a".decode("nope")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
