"""Extract, format and print information about Python stack traces (gilkit's subset of
CPython 3.11's Lib/traceback.py).

The text is the VM's own traceback printer (the one used for uncaught exceptions, caret lines
omitted), reached through the _traceback module. Provided: print_exc, format_exc,
print_exception, format_exception, format_exception_only, print_tb, format_tb, extract_tb,
print_stack, format_stack, extract_stack, format_list, print_list, walk_tb-free FrameSummary
and StackSummary.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException']

_sentinel = object()


class FrameSummary:
    """One stack entry: filename, lineno, name and the stripped source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno) or ''
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects that can format itself."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > 3:
                    count -= 3
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback object, outermost frame first."""
    entries = [FrameSummary(f, n, name, line=line or '') for f, n, name, line in _traceback.extract(tb)]
    return StackSummary(_limited(entries, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _value_of(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception_only(exc, /, value=_sentinel):
    """[the "Type: message" line], as the last line of a traceback shows it."""
    value = _value_of(exc, value)
    if value is None:
        return ['%s\n' % (exc.__name__ if isinstance(exc, type) else 'NoneType: None')]
    if not isinstance(value, BaseException):
        return ['%s\n' % value]
    return [_traceback.exception_line(value) + '\n']


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings ending in newlines."""
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return format_exception_only(type(value), value)
    if limit is None and chain:
        text = _traceback.format(value)
        return text.splitlines(True)
    lines = []
    if tb is _sentinel:
        tb = value.__traceback__
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines.extend(format_tb(tb, limit))
    lines.extend(format_exception_only(value))
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exc_info()) with its traceback to stderr."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc would print, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def extract_stack(f=None, limit=None):
    """The StackSummary of the calling stack (or of frame f and its callers), outermost first."""
    if f is None:
        f = sys._getframe(1)
    entries = []
    while f is not None:
        entries.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    entries.reverse()
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return StackSummary(entries)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


class TracebackException:
    """A snapshot of an exception for later formatting (format() / format_exception_only())."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = str(exc_value)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, limit=self._limit, chain=chain)
