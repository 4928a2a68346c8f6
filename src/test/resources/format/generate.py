#!/usr/bin/env python3
"""Generates the golden expectations for org.gilkit.runtime.format tests with CPython.

Run from this folder with CPython 3.11:  python3 generate.py
Writes repr.tsv, format.tsv, round.tsv, percent.tsv and strformat.tsv.
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


# ---------------------------------------------------------------- str % args

def typed(v):
    """One argument as 'kind:value' for the Java adapter."""
    if v is None:
        return 'n:'
    if isinstance(v, bool):
        return 'b:' + str(v)
    if isinstance(v, int):
        return 'i:' + str(v)
    if isinstance(v, float):
        return 'f:' + fhex(v)
    if isinstance(v, str):
        return 's:' + v
    raise TypeError(v)


def percent_row(fmt, args):
    if isinstance(args, tuple):
        fields = ['tuple'] + [typed(a) for a in args]
    elif isinstance(args, dict):
        fields = ['mapping', str(args)] + [k + '=' + typed(v) for k, v in args.items()]
    else:
        fields = ['single', typed(args)]
    return ['pct', fmt] + fields + [outcome(lambda: fmt % args)]


HAND_PERCENT = [
    ('%#010o', 8), ('%#010x', 255), ('%#-10x', 255), ('%-05d', 5), ('%+05d', 5), ('%y', ()),
    ('%y', (1,)), ('%\x07', (1,)), ('%\u20ac', (1,)), ('abc%', ()), ('%5', (1,)), ('%.', (1,)),
    ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('hi', 5),
    ('%s %s', (1,)), ('%s', (1, 2)), ('%d', 'x'), ('%x', 1.5), ('%d', 1.9), ('%d', float('inf')),
    ('%c', 'ab'), ('%c', 1.0), ('%c', -1), ('%c', 10 ** 30), ('%f', 'x'), ('%f', 10 ** 400),
    ('%*d', ('x', 1)), ('%*d', (-5, 1)), ('%.*f', (-2, 1.5)), ('%.*f', (10 ** 30, 1.5)),
    ('%*d', (10 ** 30, 1)), ('%(a)d %(b)s', {'a': 1}), ('%ld', 5), ('%(a)*d', {'a': 1}),
    ('%+s', 5), ('%+5s', 'ab'), ('%05s', 'ab'), ('%.1s', 'abc'), ('%.1r', 'abc'), ('%a', '\u20ac'),
    ('%#.3g', 1.0), ('%X', 255), ('%#X', 255), ('%#o', -8), ('%.5x', -255), ('%#.5X', -255),
    ('%0*d', (5, -3)), ('% d', 5), ('% +d', 5), ('%i', True), ('%s', True), ('%d', True),
    ('%.3s', True), ('%5%', ()), ('%(x)%', {}), ('%s%%', (1,)), ('%r', (1,)), ('%c', 65),
    ('%5c', 'x'), ('%-5c', 120), ('%.0f', 0.5), ('%.0f', 1.5), ('%e', 1e100), ('%10.3E', -1.5),
    ('%g', 1e-5), ('%G', float('inf')), ('%+f', float('nan')), ('%+.2f', -0.0),
    ('%05.1f', float('-inf')), ('%x', 10 ** 30), ('% x', 255), ('%5%', (1,)), ('%(x)%', {'x': 1}),
    ('%(x)5%', {'x': 1}), ('%-%', (1,)), ('a%(x)yb', {'x': 1}), ('\U0001F600%y', (1,)),
    ('%(a)s', 5), ('%(a)s', ()), ('%s %(a)s', {'a': 1}), ('%(a)s %(a)s', {'a': 1}),
    ('%(a)s', {'a': 1, 'b': 2}), ('%()s', {'': 3}), ('%(a(b))s', {'a(b)': 4}), ('%h', (1,)),
    ('%hd', (1,)), ('%.-1f', (1.0,)), ('%l', (1,)), ('%+c', (65,)), ('%05c', (65,)),
    ('%0-5d', (5,)), ('%#5.3x', (5,)), ('%#05x', (-5,)), ('%#8.3x', (-5,)), ('% 05x', (-5,)),
    ('%+#x', (0,)), ('%.0d', (0,)), ('%.2o', (0,)), ('%05s', (5,)), ('%.0s', (5,)), ('%#s', (5,)),
    ('%#r', (5,)), ('%x', (True,)), ('%.3d', (1.7,)), ('%d', (float('nan'),)),
    ('%a', ('\x7f\xe9\U0001F600',)), ('%c', ('\U0001F600',)), ('%.1c', (65,)), ('%3.1c', (65,)),
    ('%*.*f', (8, 2, 3.14159)), ('%*s', (True, 'a')), ('%.*s', (False, 'abc')), ('%s', None),
    ('%d', None), ('%x', None), ('%f', None), ('%c', None), ('%r', None), ('%(a)s', {'a': None}),
    ('%s and %r', ('it\'s', 'say "hi"')), ('%r', ('both \' and "',)), ('%r', ('tab\tnl\n\\',)),
    ('%r', ('\x00\x1f\x7f\x80\xa0\xad\u2028\U0001F600',)), ('%a', ('caf\xe9',)),
    ('%s', ''), ('', ()), ('%%', ()), ('%%', 5), ('%s', ()), ('%(a)s', {}), ('x' * 3, {}),
    ('%99999999999999999999d', 1), ('%.99999999999999999999f', 1.0), ('%.3000f', 1e-300),
    ('%d', 10 ** 40), ('%o', -(10 ** 20)), ('%u', -7), ('%i', 2.9e20), ('%d', -0.9),
    ('%e', 10 ** 20), ('%g', 123456789), ('%f', True), ('%10.4f', 3.14159265),
    ('%-10.2e|', 12345.678), ('%+.3g', 0.0001234), ('%#g', 0.0), ('%#.0f', 3.0), ('%#.0e', 3.0),
    ('%08.3f', -3.14159), ('% 8.2f', 2.5), ('%020.10g', 1 / 3), ('%.17g', 0.1), ('%.0e', 12345),
    ('Name: %-10s Age: %3d', ('Bob', 42)), ('%(name)s is %(age)d', {'name': 'Al', 'age': 30}),
    ('%5.1f%%', 99.44), ('%c%c%c', (72, 'i', 33)), ('%-+6d|', 3), ('%- 6d|', 3), ('%+ d', -3),
]

PERCENT_VALUES = [0, 1, -1, 42, -255, 65, 10 ** 20, True, 0.0, -0.0, 2.5, -1.75, 1e-7, 1e22,
                  3.14159, float('inf'), float('nan'), 'a', 'hello', '', 'h\xe9llo', None]


def random_conversion(rng):
    flags = ''.join(c for c in '-+ #0' if rng.random() < 0.25)
    width = rng.choice(['', '', str(rng.randint(0, 15)), '*'])
    prec = rng.choice(['', '', '.' + str(rng.randint(0, 12)), '.*', '.'])
    return '%' + flags + width + prec + rng.choice('sracdiuoxXeEfFgG' + 'sdfg')


def percent_rows():
    rng = random.Random(31)
    rows = [percent_row(f, a) for f, a in HAND_PERCENT]
    for _ in range(2500):
        conv = random_conversion(rng)
        args = []
        for _ in range(conv.count('*')):
            args.append(rng.choice([0, 3, 8, -6, 12]))
        args.append(rng.choice(PERCENT_VALUES))
        rows.append(percent_row('<' + conv + '>', tuple(args)))
    return rows


# ---------------------------------------------------------------- str.format / format_map

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __str__(self):
        return f'({self.x}, {self.y})'


# The Java test builds the same fixtures (StrFormatTest.ARGS / KWARGS): keep them in sync.
ARGS = (42, 3.14159, 'abc', [10, 20, 'x'], {'k': 'v', 'n': 7}, Point(1, 2.5), None, True, -7,
        'h\xe9')
KWARGS = dict(name='World', pi=3.14159, w=10, p=3, lst=[1, 2, 3], d={'a': 'A', '1': 'one'},
              pt=Point(-3, 0.5), fill='*', big=10 ** 30, neg=-0.0)

HAND_TEMPLATES = [
    '', 'plain', '{}', '{} {}', '{0} {1} {0}', '{name}', 'Hello, {name}!', '{{}}', '{{{0}}}',
    '{', '}', 'a}b', 'a{b', '{0', '{0!', '{0!r', '{0!rx}', '{0:', '{0:{}', '{[}', '{0[}', '{0.}',
    '{0[]}', '{0]x}', '{0x}', '{} {0}', '{0} {}', '{:{:{}}}', '{0!}', '{!r}', '{0:{1:{2}}}',
    '{a{b}', '{5.x.y}', '{99999999999999999999}', '{0[99999999999999999999]}', '{:{w}{p}}',
    '{1:{w}.{p}f}', '{1:{}.{}f}', '{name:{fill}^{w}}', '{3[1]}', '{4[k]}', '{5.x}', '{5!r}',
    '{5}', '{5:>10}', '{6}', '{6!r:>6}', '{7:d}', '{7}', '{8:+05}', '{9!a}', '{9!r}', '{2!r:^9}',
    '{3}', '{4}', '{3!s}', '{lst[2]}', '{d[a]}', '{d[1]}', '{pt.x}{pt.y}', '{big:,}', '{neg}',
    '{neg:z.1f}', '{12}', '{missing}', '{3[5]}', '{0[0]}', '{name[0]}', '{name.nope}',
    '{0!x}', '{0!\x01}', '{0!\u20ac}', '{0!r:}', '{0!r }', '{0:}', '{:}', '{!s:}', '{0.}x',
    '{0[a]b}', '{0[a].}', '{0[a][b}', '{0[0]]}', '{0:x}}', '{0:{{}}}', '{0:{', '{0:{}}}',
    '{ 0}', '{0 }', '{-1}', '{0:d}{}', '\u20ac{0}\U0001F600', '{\u0661}', '{\u0661\u0662}',
    '{0:\u20ac^9}', '{0:{9}}', '{d[}]}', '{d[:]}', '{d[!]}', '{0[}]', '}}{{', '{{}', '{}}',
]

KEYWORD_NAMES = ['name', 'pi', 'w', 'lst[0]', 'd[a]', 'pt.x', 'big', 'neg', 'name[0]']
INDEX_NAMES = ['0', '1', '2', '3[1]', '4[k]', '5.x', '5.y', '7', '8', '9']
RARE_NAMES = ['12', 'missing', '3[5]', '0.', '4[zz]']
CONVERSIONS = ['', '', '', '', '!r', '!s', '!a']
SPECS = ['', '', '', ':>10', ':^{w}', ':{fill}<{w}', ':.{p}', ':,', ':#x', ':{w}.{p}', ':*^20',
         ':{}', ':+', ':08.3f', ':e', ':d', ':s', ':%', ':{0}', ':x<{}']


def random_name(rng, style):
    r = rng.random()
    if r < 0.03:
        return rng.choice(RARE_NAMES)
    if r < 0.4:
        return rng.choice(KEYWORD_NAMES)
    if style == 'auto':
        return ''
    if style == 'manual':
        return rng.choice(INDEX_NAMES)
    return rng.choice(['', rng.choice(INDEX_NAMES)])


def random_template(rng):
    style = rng.choice(['auto', 'auto', 'manual', 'manual', 'mixed'])
    out = []
    for _ in range(rng.randint(1, 3)):
        out.append(rng.choice(['', 'x', ' = ', '{{', '}}', 'ab ']))
        conv = '!x' if rng.random() < 0.02 else rng.choice(CONVERSIONS)
        spec = rng.choice(SPECS)
        if style == 'manual':
            spec = spec.replace('{}', '{w}')
        elif style == 'auto':
            spec = spec.replace('{0}', '{p}')
        out.append('{' + random_name(rng, style) + conv + spec + '}')
    return ''.join(out)


def strformat_rows():
    rng = random.Random(99)
    rows = []
    templates = HAND_TEMPLATES + [random_template(rng) for _ in range(3000)]
    for t in templates:
        rows.append(['call', t, outcome(lambda: t.format(*ARGS, **KWARGS))])
    for t in HAND_TEMPLATES[:40] + [random_template(rng) for _ in range(200)]:
        rows.append(['map', t, outcome(lambda: t.format_map(KWARGS))])
    return rows


if __name__ == '__main__':
    write('repr.tsv', repr_rows())
    write('format.tsv', format_rows())
    write('round.tsv', round_rows())
    write('percent.tsv', percent_rows())
    write('strformat.tsv', strformat_rows())
