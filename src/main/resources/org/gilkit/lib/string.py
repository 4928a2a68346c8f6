"""A collection of string constants and Template (gilkit's subset of CPython 3.11's
Lib/string.py): ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits,
octdigits, punctuation, printable, whitespace, capwords, Template (substitute,
safe_substitute, get_identifiers, is_valid) and Formatter (format through str.format).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep, capitalizes each word, joins with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """$-substitution: Template('$who likes ${what}').substitute(who='tim', what='kung pao')."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        out = []
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        while i < n:
            if not t.startswith(d, i):
                j = t.find(d, i)
                if j < 0:
                    j = n
                out.append(t[i:j])
                i = j
                continue
            k = i + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = t.find('}', k)
                name = t[k + 1:end] if end >= 0 else ''
                if end >= 0 and name and _is_ident_start(name[0]) and all(_is_ident_char(c) for c in name):
                    out.append(self._value(mapping, name, t[i:end + 1], safe))
                    i = end + 1
                    continue
                self._invalid(k, safe)
                out.append(d)
                i = k
                continue
            j = k
            while j < n and _is_ident_char(t[j]) and (j > k or _is_ident_start(t[j])):
                j += 1
            if j == k:
                self._invalid(k, safe)
                out.append(d)
                i = k
                continue
            out.append(self._value(mapping, t[k:j], t[i:j], safe))
            i = j
        return ''.join(out)

    def _value(self, mapping, name, text, safe):
        if safe:
            try:
                return '%s' % (mapping[name],)
            except KeyError:
                return text
        return '%s' % (mapping[name],)

    def _invalid(self, i, safe):
        if safe:
            return
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws)
        return self._scan(mapping, True)

    def get_identifiers(self):
        names = []

        class _Rec(dict):
            def __missing__(self, key):
                if key not in names:
                    names.append(key)
                return ''
        self._scan(_Rec(), True)
        return names

    def is_valid(self):
        try:
            self._scan({}, True)
            self.substitute({k: '' for k in self.get_identifiers()})
        except ValueError:
            return False
        return True


class Formatter:
    """string.Formatter: format() and vformat() through str.format."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
