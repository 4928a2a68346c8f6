"""High-level file operations, after CPython 3.11's Lib/shutil.py: copyfileobj, copyfile, copy,
copy2 (without metadata), move, rmtree. Reads and writes go through open(), so each chunk is
copied with the GIL released."""

import os

__all__ = ['copyfileobj', 'copyfile', 'copy', 'copy2', 'move', 'rmtree', 'Error', 'SameFileError',
           'get_terminal_size']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst; return dst."""
    src = os.fspath(src)
    dst = os.fspath(dst)
    if os.path.exists(dst) and os.path.abspath(src) == os.path.abspath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data to dst (a file, or a directory to copy into); return the file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


copy2 = copy


def move(src, dst):
    """Move a file or directory to dst (into it, if it is a directory); return the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    path = os.fspath(path)
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, None)
        return
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, None)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, None)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, None)


class terminal_size(tuple):
    """os.terminal_size: (columns, lines)."""

    __slots__ = ()

    def __new__(cls, size):
        columns, lines = size
        return tuple.__new__(cls, (columns, lines))

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fallback=(80, 24)):
    """The COLUMNS and LINES environment variables, else fallback (argparse's help width).

    gilkit cannot ask the terminal for its size (CPython's os.get_terminal_size), so it answers
    what CPython answers when stdout is not a terminal.
    """
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return terminal_size((columns, lines))
