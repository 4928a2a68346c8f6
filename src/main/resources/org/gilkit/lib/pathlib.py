"""Object-oriented filesystem paths, after CPython 3.11's Lib/pathlib.py, POSIX flavour only:
PurePath/PurePosixPath (parsing, joining with /, name, suffix, stem, parent(s), parts,
with_name/with_suffix/with_stem, relative_to, is_relative_to, match, comparisons) and
Path/PosixPath (cwd, home, exists, is_dir, is_file, is_symlink, stat, iterdir, glob, rglob,
mkdir, rmdir, unlink, rename, replace, touch, open, read/write_text/bytes, resolve, absolute,
expanduser). Windows paths are not provided. File operations go through the os module, so they
run with the GIL released."""

import fnmatch
import operator
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    """(root, parts) of the joined arguments, as CPython's _PosixFlavour.parse_parts."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            p = str(a)
        else:
            p = os.fspath(a)
            if not isinstance(p, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning "
                                "str, not %r" % type(p))
        if p.startswith('/'):
            root = '//' if p.startswith('//') and not p.startswith('///') else '/'
            parts = []
        parts.extend(x for x in p.split('/') if x and x != '.')
    return root, parts


def _ordering(op, name):
    """A comparison of two pure paths by their parts (NotImplemented for other types)."""
    def compare(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return op(self._cmp(), other._cmp())
    compare.__name__ = name
    return compare


class _PathParents:
    """The logical ancestors of a path: p.parents[0] is p.parent."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._from(self._path._root, self._path._parts[:-idx - 1])

    def __iter__(self):
        return (self[i] for i in range(self._n))

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without I/O: PurePath('a', 'b') is PurePosixPath('a/b')."""
    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._make(*_parse(args))

    @classmethod
    def _make(cls, root, parts):
        p = object.__new__(cls)
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def _from(self, root, parts):
        return type(self)._make(root, parts)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
        return 'file://' + ''.join(chr(b) if b in safe else '%%%02X' % b for b in str(self).encode('utf-8'))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    __lt__ = _ordering(operator.lt, '__lt__')
    __le__ = _ordering(operator.le, '__le__')
    __gt__ = _ordering(operator.gt, '__gt__')
    __ge__ = _ordering(operator.ge, '__ge__')

    def _cmp(self):
        return ([self._root] if self._root else []) + self._parts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = self._from(root, parts)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the "
                             "other is absolute.".format(str(self), str(formatted)))
        return self._from('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Whether this path matches the glob-style pattern, from the right (or whole, if absolute)."""
        root, pat_parts = _parse([path_pattern])
        if not pat_parts:
            raise ValueError("empty pattern")
        if root and (root != self._root or len(pat_parts) != len(self._parts)):
            return False
        if len(pat_parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class Path(PurePath):
    """A path with I/O: Path('a', 'b') is PosixPath('a/b')."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._make(*_parse(args))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            self.stat()
        return type(self)(posixpath.realpath(str(self.absolute())))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            return type(self)(posixpath.expanduser(str(self)))
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode & 0o170000
        except (OSError, ValueError):
            return 0

    def exists(self):
        return self._mode() != 0

    def is_dir(self):
        return self._mode() == 0o040000

    def is_file(self):
        return self._mode() == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def _check_pattern(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.startswith('/'):
            raise NotImplementedError("Non-relative patterns are unsupported")

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any kind, including
        directories) matching the given relative pattern."""
        self._check_pattern(pattern)
        root, parts = _parse([pattern])
        yield from self._glob(parts)

    def rglob(self, pattern):
        """Like glob() with '**/' added in front of the pattern."""
        self._check_pattern(pattern)
        root, parts = _parse([pattern])
        yield from self._glob(['**'] + parts)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._glob(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif any(c in head for c in '*?['):
            try:
                names = os.listdir(self)
            except OSError:
                return
            for name in names:
                if fnmatch.fnmatchcase(name, head):
                    child = self._from(self._root, self._parts + [name])
                    if rest and not child.is_dir():
                        continue
                    yield from child._glob(rest)
        else:
            child = self._from(self._root, self._parts + [head])
            if child.exists() if not rest else child.is_dir():
                yield from child._glob(rest)

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._from(self._root, self._parts + [name])
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            with open(self, 'a'):
                return
        with open(self, 'x'):
            pass

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):  # gilkit has no memoryview
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()
