"""The io module (gilkit's subset): StringIO and BytesIO in Python, open() and the
exception and constant names of CPython 3.11's io.

StringIO/BytesIO support write, writelines, read, readline, readlines, iteration, seek/tell
(SEEK_SET/CUR/END), truncate, getvalue, close/closed, the context manager protocol and the
readable/writable/seekable queries; StringIO translates newlines like CPython's default
(newline='\\n': none). TextIOWrapper, BufferedReader and friends are not provided: files come
from open(), which is the builtin.
"""

__all__ = ["StringIO", "BytesIO", "open", "IOBase", "TextIOBase", "BufferedIOBase",
           "RawIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


def text_encoding(encoding, stacklevel=2):
    return encoding if encoding is not None else "locale"


class IOBase:
    """Base of the in-memory streams: closing, context manager, iteration over lines."""

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory(IOBase):
    """A growable buffer (a list of str or bytes chunks joined lazily) with a position."""

    _empty = ""

    def __init__(self, initial):
        IOBase.__init__(self)
        self._buf = initial
        self._pos = 0

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and isinstance(self, StringIO):
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and isinstance(self, StringIO):
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buf)
        start = min(self._pos, len(self._buf))
        data = self._buf[start:start + size]
        self._pos = start + len(data)
        return data

    def readline(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        nl = "\n" if isinstance(self._buf, str) else b"\n"
        end = self._buf.find(nl, start)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def _write(self, s):
        self._check()
        n = len(s)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad() * (self._pos - len(self._buf))
        if self._pos == len(self._buf):
            self._buf = self._buf + s
        else:
            self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n


class StringIO(_Memory, TextIOBase):
    """An in-memory text stream: print(..., file=buf) then buf.getvalue()."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        _Memory.__init__(self, self._translate(initial_value))

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline == "":
            return s
        if self._newline != "\n":
            return s.replace("\n", self._newline)
        return s

    def _pad(self):
        return "\0"

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return self._write(self._translate(s)) and len(s) or 0

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_Memory, BufferedIOBase):
    """An in-memory binary stream."""

    _empty = b""

    def __init__(self, initial_bytes=b""):
        _Memory.__init__(self, bytes(initial_bytes) if initial_bytes is not None else b"")

    def _pad(self):
        return b"\0"

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def getbuffer(self):
        return memoryview(self._buf) if "memoryview" in dir(__builtins__) else bytearray(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)
