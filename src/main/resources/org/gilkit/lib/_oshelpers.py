"""The parts of os that CPython writes in Python (Lib/os.py): stat_result and stat/lstat, fspath,
makedirs, removedirs, walk, scandir with DirEntry.

gilkit's os module is Java (org.gilkit.modules.OsModule); it copies the public names of this
module into itself. These functions call its primitives (mkdir, rmdir, listdir, _stat), which run
with the GIL released."""

__all__ = ['stat_result', 'stat', 'lstat', 'fspath', 'PathLike', 'makedirs', 'removedirs', 'walk',
           'scandir', 'DirEntry']


def _os():
    import os
    return os


_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
           'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat. The ten fields are a tuple (whole seconds
    for the times, as CPython's); st_atime/st_mtime/st_ctime are floats and *_ns ints."""
    __module__ = 'os'
    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 16

    def __new__(cls, raw):
        mode, ino, dev, nlink, uid, gid, size, at, mt, ct = raw
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size,
                                   at // 1_000_000_000, mt // 1_000_000_000, ct // 1_000_000_000))
        self._ns = (at, mt, ct)
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join('%s=%r' % p for p in zip(_FIELDS, self)) + ')'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_os()._stat(fspath(path), dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat(), but do not follow symbolic links."""
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        get = type(path).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__) from None
    result = get(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        type(path).__name__, type(result).__name__))


class PathLike:
    """Abstract base class for implementing the file system path protocol."""
    __module__ = 'os'

    def __fspath__(self):
        raise NotImplementedError


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): super-mkdir, as CPython's."""
    os = _os()
    path = os.path
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another thread created it first
        if tail == os.curdir:
            return
    try:
        os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name): remove the leaf directory, then each empty parent, as CPython's."""
    os = _os()
    path = os.path
    os.rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    """An entry of scandir(): name, path, is_dir(), is_file(), is_symlink(), stat()."""
    __module__ = 'posix'

    def __init__(self, top, name):
        self.name = name
        self.path = _os().path.join(top, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    __module__ = 'posix'

    def __init__(self, top):
        self._top = top
        self._names = iter(_os().listdir(top))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the given path."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory under top.
    With topdown=True the caller may prune dirnames in place, as with CPython's os.walk."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_dirs.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        join = _os().path.join
        islink = _os().path.islink
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
