#!/usr/bin/env python3
"""Generates the golden expectations for org.gilkit.runtime.format tests with CPython.

Run from this folder with CPython 3.11:  python3 generate.py
Writes repr.tsv, format.tsv, round.tsv (and, when present below, percent.tsv, strformat.tsv).
Every line is tab-separated fields; each field is escaped with Python's 'unicode_escape' codec
(so tabs, newlines and non-ASCII are backslash escapes). Floats are written with float.hex() so
the Java side never depends on a decimal parser it is testing. The last field is the expectation:
'=' + result, or '!' + ExceptionType + ': ' + message.
The random cases use fixed seeds: regenerating gives the same files.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expectations are pinned to CPython 3.11"


def esc(s):
    return str(s).encode('unicode_escape').decode('ascii')


def fhex(x):
    return float.hex(float(x))


def outcome(fn):
    try:
        return '=' + fn()
    except Exception as e:  # the expectation is the exception itself
        return '!' + type(e).__name__ + ': ' + str(e)


def write(name, rows):
    with open(name, 'w', encoding='ascii', newline='\n') as f:
        for row in rows:
            f.write('\t'.join(esc(c) for c in row) + '\n')


# ---------------------------------------------------------------- repr(float)

def interesting_doubles():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-4, 1e-5, 9.999999999999999e-05,
          0.0001, 0.00012345, 1e16, 1e15, 9999999999999998.0, 1e16 - 2, 1e17, 2e16 + 8,
          123456789012345.67, 1.2345678901234568e+16, 1234567890123456.7, 5e-324, -5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 4.9e-324,
          1e22, 1e23, 9.999999999999999e22, 2e23, 8.41e21, 5.0e-310, 2 ** 63, 2 ** 64, 2 ** -1074,
          2 ** -1022, 2 ** 52, 2 ** 53, 2 ** 53 + 2, 3.14159, 2.675, 0.5, 1.5, 2.5, 100.0, 1e100,
          1.1, 2.2, 3.3, 0.1 + 0.2, 1e-7, 1.5e-7, 123.456, 1e300 * 10, math.pi, math.e,
          float('inf'), float('-inf'), float('nan')]
    xs += [2.0 ** e for e in range(-1074, 1024, 7)]
    xs += [10.0 ** e for e in range(-323, 309)]
    xs += [math.nextafter(10.0 ** e, 0) for e in range(-20, 25)]
    xs += [math.nextafter(10.0 ** e, math.inf) for e in range(-20, 25)]
    return xs


def random_doubles(rng, n):
    out = []
    while len(out) < n:
        bits = rng.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if math.isfinite(x):
            out.append(x)
    return out


def decimalish_doubles(rng, n):
    out = []
    for _ in range(n):
        digits = rng.randint(1, 17)
        mant = rng.randint(1, 10 ** digits)
        exp = rng.randint(-30, 30)
        out.append(float(f"{mant}e{exp}") * rng.choice((1, -1)))
    return out


def subnormals(rng, n):
    return [struct.unpack('<d', struct.pack('<Q', rng.getrandbits(52)))[0] for _ in range(n)]


def repr_rows():
    rng = random.Random(20240611)
    xs = interesting_doubles() + random_doubles(rng, 4000) + decimalish_doubles(rng, 3000)
    xs += subnormals(rng, 300) + [rng.uniform(-1e6, 1e6) for _ in range(1000)]
    return [(fhex(x), '=' + repr(float(x))) for x in xs]


# ---------------------------------------------------------------- format()

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 3.5, -2.5, 0.125, 0.375, 1.5, 123.456, -123.456,
          1234567.891, 0.1, 1e-5, 1.23456789e-7, 1e16, 1e20, 12345678901234567890.0, 1e100,
          -1e-300, 5e-324, 1.7976931348623157e308, 9.995, 99.5, 999999.5, 0.0001, 0.00009999,
          2.675, 1 / 3, float('inf'), float('-inf'), float('nan'), 100.0, 0.999999, 9.9999995e-5,
          -0.0004, 1e15, 123456789.0]
INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1000, 65, 1234567, -1234567, 2 ** 31, 2 ** 63 - 1,
        -2 ** 63, 2 ** 64, 10 ** 20, -(10 ** 25) + 7, 0x1F600, 0x110000, 10 ** 400, 123456789012345678901234567890]
STRS = ['', 'a', 'abc', 'hello world', 'h\u00e9llo', '\U0001F600x', 'tab\there']

FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
INT_TYPES = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'f', 'g', '%', 'E', 'G', 'F']


def random_spec(rng, types):
    parts = []
    r = rng.random()
    if r < 0.15:
        parts.append(rng.choice('*0x\u20ac ') + rng.choice('<>=^'))
    elif r < 0.4:
        parts.append(rng.choice('<>=^'))
    if rng.random() < 0.3:
        parts.append(rng.choice('+- '))
    if rng.random() < 0.08:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.2:
        parts.append('0')
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice([',', '_']))
    if rng.random() < 0.45:
        parts.append('.' + str(rng.randint(0, 20)))
    parts.append(rng.choice(types))
    return ''.join(parts)


HAND_SPECS = ['', ',', '_', ',.2f', '010,.1f', '0100,', '0>10,', '*^+#12_', '#X', '#_b', '#010x',
              '\u20ac>5', '5c', '05c', '=5c', '.0', '#.0', '#', '#g', '#.3g', '#.3', '.3', '.1%',
              '%', 'abc', 'x', 'y', ',s', ',_', '_,', ',c', '+c', '.2d', '.2', '#c', 'zd', 'z',
              '9' * 25, '.' + '9' * 25, '.', '.f', ',n', '_n', '__', ',,', '_b', ',x', '_x', '\n',
              '\x80', '\u20ac', '+', ' ', '-', '=', '0=10', 'z.2f', 'z.0e', '.340f', '.40e',
              '.30g', '020', '<020', '^021,', 'x<+#20_.3', '.17g', '.16g', '.0f', '.0e', '.0g',
              '.0%', ',%', ',.3e', '_g', ',G', 's', '^', '>', '<', '<5', '>5', '^6', '^6.2', '.0s',
              '0', '05', '#z', 'z,', 'z#', '+z', 'z=', '#=', '+#', '+=', '+#c', 'z#c', 'zc',
              '.2c', '\x00<', '\U0001F600^9', 'x=10', '0<10', ' 010', '+010.2f', '#.0e', '#.0f',
              '#.0%', '#x', '#o', '#b', '#d', ',d', '_d', '_o', '#_o', '#_X', '+_x', ' #b']


def format_rows():
    rng = random.Random(77)
    rows = []
    float_specs = HAND_SPECS + [random_spec(rng, FLOAT_TYPES) for _ in range(260)]
    int_specs = HAND_SPECS + [random_spec(rng, INT_TYPES) for _ in range(220)]
    str_specs = HAND_SPECS + [random_spec(rng, ['', 's', 's', 'd']) for _ in range(80)]
    for x in FLOATS:
        for s in float_specs:
            rows.append(('float', fhex(x), s, outcome(lambda: format(x, s))))
    for i in INTS:
        for s in int_specs:
            rows.append(('int', str(i), s, outcome(lambda: format(i, s))))
    for b in (True, False):
        for s in ['', 'd', '>5', 'x', '#b', '.2f', 's', 'y', ',', 'c']:
            rows.append(('bool', str(b), s, outcome(lambda: format(b, s))))
    for t in STRS:
        for s in str_specs:
            rows.append(('str', t, s, outcome(lambda: format(t, s))))
    for s in ['', 's', '>5', 'd']:
        rows.append(('None', 'None', s, outcome(lambda: format(None, s))))
    return rows


# ---------------------------------------------------------------- round(), bin/oct/hex

def round_rows():
    rng = random.Random(5)
    rows = []
    xs = FLOATS + [2.675, 0.285, 1.005, 2.5, 3.5, -0.5, 0.5, -0.4, 1e300, 1e-300, 5e15 + 0.5,
                   1.7976931348623157e308, 123.456789]
    xs += [rng.uniform(-1000, 1000) for _ in range(300)]
    xs += decimalish_doubles(rng, 300)
    nds = [None, 0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 400, -300, -308, -309, -400]
    for x in xs:
        for nd in nds:
            if nd is None:
                rows.append(('float', fhex(x), 'None', outcome(lambda: str(round(x)))))
            else:
                rows.append(('float', fhex(x), str(nd), outcome(lambda: fhex(round(x, nd)))))
    ints = [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, -250, 10 ** 30 + 5 * 10 ** 10,
            2 ** 100, -(2 ** 100), 12345678901234567890]
    ints += [rng.randint(-10 ** 25, 10 ** 25) for _ in range(100)]
    for i in ints:
        for nd in [0, 3, -1, -2, -3, -10, -20, -24, -25, -26, -40, -1000000]:
            rows.append(('int', str(i), str(nd), outcome(lambda: str(round(i, nd)))))
    for i in [0, 1, -1, 7, 255, -255, 2 ** 64, -(2 ** 70) + 3, 10 ** 30]:
        rows.append(('bin', str(i), '', '=' + bin(i)))
        rows.append(('oct', str(i), '', '=' + oct(i)))
        rows.append(('hex', str(i), '', '=' + hex(i)))
    return rows


if __name__ == '__main__':
    write('repr.tsv', repr_rows())
    write('format.tsv', format_rows())
    write('round.tsv', round_rows())
