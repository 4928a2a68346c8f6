# adler32 with starting values that are not reduced modulo 65521 (found by ProgramFuzzTest's
# differential corpus: the empty input returned the value unreduced).
import zlib
for v in [-5, 0xFFFFFFFB, 0xFFF1FFFF, 0xFFFF0000, 65521, 65530, 2**32 - 1, 1, 0]:
    print(v, [zlib.adler32(d, v) for d in (b'', b'a', b'\xff', b'abc', b'x' * 15, b'y' * 16, b'z' * 6000)])
