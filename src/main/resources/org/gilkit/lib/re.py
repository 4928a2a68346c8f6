"""Support for regular expressions (gilkit's re: CPython 3.11's API over java.util.regex).

Patterns are translated to Java syntax by the _regex module (named groups, \\Z, braces,
class quirks, VERBOSE) and matched there; this module adds Pattern, Match, the module-level
functions (compile, search, match, fullmatch, findall, finditer, sub, subn, split, escape,
purge), the flags (I, M, S, X, A, U, L, NOFLAG) and re.error. Replacement templates (\\1,
\\g<name>, \\g<0>, escapes) and callable replacements work as in CPython, as do the 3.7+ rules
for empty matches. bytes patterns are matched through latin-1. Not supported (re.error says
so): conditional groups (?(1)..|..) and \\N{...} escapes.
"""

import _regex
from enum import IntFlag as _IntFlag

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"
error = _regex.error
_MAXSIZE = 2 ** 63 - 1


class RegexFlag(_IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        if self._name_ is not None and '|' not in self._name_:
            return 're.' + self._name_
        value = self._value_
        members = []
        for m in RegexFlag:
            if m._value_ and m._value_ & value == m._value_ and m._value_ & (m._value_ - 1) == 0:
                members.append('re.' + m._name_)
                value &= ~m._value_
        if value:
            members.append(hex(value))
        return '|'.join(members) or '0'

    __str__ = __repr__


for _flag in RegexFlag:
    globals()[_flag._name_] = _flag
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
U = UNICODE = RegexFlag.UNICODE
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


def _to_text(s):
    if isinstance(s, str):
        return s
    if isinstance(s, (bytes, bytearray)):
        return bytes(s).decode('latin-1')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)


class Pattern:
    """A compiled regular expression: re.compile(pattern, flags)."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._bytes = isinstance(pattern, (bytes, bytearray))
        if isinstance(flags, RegexFlag):
            flags = flags._value_
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            flags |= ASCII._value_
        elif flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        self._compiled = _regex.compile(_to_text(pattern), flags)
        all_flags = self._compiled.flags
        if not self._bytes and not all_flags & ASCII:
            all_flags |= UNICODE._value_
        self.flags = all_flags
        self.groups = self._compiled.groups
        self.groupindex = self._compiled.groupindex

    def _check(self, string):
        if self._bytes != isinstance(string, (bytes, bytearray)):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return _to_text(string)

    def _run(self, string, pos, endpos, mode):
        text = self._check(string)
        spans = _regex.search(self._compiled, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, text, spans, pos, min(endpos, len(text)))

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first place where the pattern matches, as a Match, or None."""
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches at the start (at pos), else None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches the whole string, else None."""
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects over all non-overlapping matches."""
        text = self._check(string)
        end = min(endpos, len(text))
        return iter([Match(self, string, text, spans, pos, end)
                     for spans in _regex.scan(self._compiled, text, pos, endpos)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All matches as strings (or tuples of the groups when the pattern has several)."""
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else m._empty())
            else:
                out.append(tuple(g if g is not None else m._empty() for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        """The string split by occurrences of the pattern (groups included in the result)."""
        text = self._check(string)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        """(new string, number of replacements)."""
        text = self._check(string)
        if callable(repl):
            func = repl
        else:
            template = _compile_template(self, repl)
            func = lambda m: _expand(m, template)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            r = func(m)
            if r is not None:
                pieces.append(r)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        joiner = b'' if self._bytes else ''
        return joiner.join(pieces), n

    def sub(self, repl, string, count=0):
        """The string with matches replaced by repl (a template or a function of the Match)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported by gilkit")

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE._value_
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Match:
    """The result of a successful match: groups, spans and the matched text."""

    def __init__(self, pattern, string, text, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _empty(self):
        return b'' if self.re._bytes else ''

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _group(self, g, default=None):
        i = self._index(g)
        start, end = self._spans[2 * i], self._spans[2 * i + 1]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *args):
        """group() or group(0): the whole match; group(n or name); several: a tuple."""
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(args[0])
        return tuple(self._group(a) for a in args)

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s >= 0 and e >= best_end:
                best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand(self, _compile_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _compile_template(pattern, repl):
    """A list of literal strings and group numbers from a replacement template."""
    is_bytes = isinstance(repl, (bytes, bytearray))
    text = _to_text(repl)
    items = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern) at position %d" % i)
        d = text[i + 1]
        if d == 'g':
            if i + 2 >= n or text[i + 2] != '<':
                raise error("missing < at position %d" % (i + 2))
            end = text.find('>', i + 3)
            if end < 0:
                raise error("missing >, unterminated name at position %d" % (i + 3))
            name = text[i + 3:end]
            if not name:
                raise error("missing group name at position %d" % (i + 3))
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d at position %d" % (index, i + 3))
            else:
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            items.append(''.join(literal))
            literal = []
            items.append(index)
            i = end + 1
        elif d.isdigit():
            if d == '0' or (i + 3 < n + 1 and text[i + 1:i + 4].isdigit() and len(text[i + 1:i + 4]) == 3
                            and all(ch in '01234567' for ch in text[i + 1:i + 4])):
                j = i + 1
                k = 0
                v = 0
                while j < n and k < 3 and text[j] in '01234567':
                    v = v * 8 + int(text[j])
                    j += 1
                    k += 1
                literal.append(chr(v))
                i = j
                continue
            j = i + 2
            if j < n and text[j].isdigit():
                j += 1
            index = int(text[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d at position %d" % (index, i + 1))
            items.append(''.join(literal))
            literal = []
            items.append(index)
            i = j
        elif d in _ESCAPES:
            literal.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s at position %d" % (d, i))
        else:
            literal.append('\\' + d)
            i += 2
    items.append(''.join(literal))
    return (items, is_bytes)


def _expand(match, template):
    items, is_bytes = template
    out = []
    for k, item in enumerate(items):
        if k % 2 == 0:
            out.append(item)
        else:
            g = match.group(item)
            if g is not None:
                out.append(_to_text(g))
    text = ''.join(out)
    return text.encode('latin-1') if is_bytes else text


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compiles a pattern into a Pattern object (cached)."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escapes the characters that are special in patterns."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')
