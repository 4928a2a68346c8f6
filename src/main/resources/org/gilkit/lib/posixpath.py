"""Common operations on Posix pathnames (os.path), after CPython 3.11's Lib/posixpath.py.

The filesystem queries (exists, isfile, isdir, getsize) go to the os module's Java helpers;
islink and the get*time functions to os.stat."""

__all__ = ['join', 'exists', 'isfile', 'isdir', 'islink', 'getsize', 'getmtime', 'getatime', 'getctime', 'basename', 'dirname', 'split',
           'splitext', 'abspath', 'normpath', 'isabs', 'expanduser', 'realpath', 'relpath',
           'commonprefix', 'sep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath', 'altsep',
           'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _os():
    import os
    return os


def _fspath(p):
    return p if type(p) is str else _os().fspath(p)


def _check(funcname, *args):
    for s in args:
        if not isinstance(s, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    try:
        p = [b if type(b) is str else _os().fspath(b) for b in p]
    except TypeError:
        _check('join', a, *p)
        raise
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)"."""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname."""
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = '/'.join(comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        path = join(_os().getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    return abspath(filename)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os().environ.get('HOME', '/')
    else:
        return path
    return (userhome.rstrip('/') + path[i:]) or '/'


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def exists(path):
    """Test whether a path exists."""
    path = _fspath(path)
    return _os()._exists(path)


def isfile(path):
    """Test whether a path is a regular file"""
    path = _fspath(path)
    return _os()._isfile(path)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    s = _fspath(s)
    return _os()._isdir(s)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    filename = _fspath(filename)
    return _os()._getsize(filename)


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = _os().lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _os().stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _os().stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _os().stat(filename).st_ctime
