"""Temporary files and directories, after CPython 3.11's Lib/tempfile.py: gettempdir,
gettempprefix, mkdtemp, NamedTemporaryFile, TemporaryFile and TemporaryDirectory.

Names are "tmp" + 8 random characters in $TMPDIR (or /tmp), created exclusively (mkdir, or
open(..., "x")) so two threads or processes never get the same one. mkstemp is not provided:
gilkit has no file descriptors (os.open/os.close); use NamedTemporaryFile(delete=False)."""

import os as _os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkdtemp', 'gettempdir',
           'gettempprefix', 'template', 'tempdir']

template = 'tmp'
tempdir = None
TMP_MAX = 10000
_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def gettempprefix():
    """The default prefix for temporary names."""
    return template


def gettempdir():
    """The directory temporary files are created in: $TMPDIR, $TEMP or $TMP, else /tmp."""
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.getenv(var)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _names(dir, prefix, suffix):
    dir = gettempdir() if dir is None else _os.fspath(dir)
    prefix = template if prefix is None else prefix
    suffix = '' if suffix is None else suffix
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + ''.join(_rng.choice(_CHARACTERS) for _ in range(8)) + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700) and return its absolute path; the caller removes it."""
    for name in _names(dir, prefix, suffix):
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(name)


class _TemporaryFileWrapper:
    """A file object with a .name that deletes the file when closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper file=%r>' % (self.file,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """Create and open a new file; its .name is a real path. Deleted on close if delete is true."""
    create = mode.replace('w', 'x').replace('r+', 'x+').replace('a', 'x')
    if 'x' not in create:
        create = 'x' + create
    for name in _names(dir, prefix, suffix):
        try:
            f = open(name, create, buffering, encoding=encoding, newline=newline, errors=errors)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(f, _os.path.abspath(name), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file deleted when closed (on POSIX CPython unlinks it at once; gilkit at close)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


class TemporaryDirectory:
    """A directory removed with its contents by cleanup() or at the end of a with block:
    `with TemporaryDirectory() as name: ...`."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if not self._done:
            self._done = True
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
