"""BaseExceptionGroup and ExceptionGroup (PEP 654) in Python, for gilkit (CPython has them in C).

asyncio.TaskGroup raises them; importing asyncio installs them as builtins when the interpreter
has none. What is here: construction with CPython's checks and its BaseExceptionGroup ->
ExceptionGroup promotion, message, exceptions, derive, split, subgroup, str/repr. Not here:
`except*` (the compiler rejects it) and the nested "+-+---- 1 ----" traceback display (an uncaught
group prints as one exception, its sub-exceptions listed in the message line).
"""


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException)
                                            for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


class BaseExceptionGroup(BaseException):
    """A group of unrelated exceptions raised together (what an asyncio.TaskGroup raises)."""

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        if not hasattr(exceptions, '__getitem__') or isinstance(exceptions, (str, bytes, dict)):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exceptions = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions, *args):
        super().__init__(message, exceptions, *args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return '%s (%d sub-exception%s)' % (self._message, n, '' if n == 1 else 's')

    def derive(self, excs):
        """A group like this one (same message) holding excs: split and subgroup build with it."""
        return BaseExceptionGroup(self._message, excs)

    def _derive_copy(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            eg.__notes__ = list(notes)
        return eg

    def split(self, condition):
        """(matching, rest): two groups of the same nesting, None where nothing is left."""
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(condition)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        return (self._derive_copy(matched) if matched else None,
                self._derive_copy(rest) if rest else None)

    def subgroup(self, condition):
        """The group of the exceptions matching condition (same nesting), or None."""
        match = _matcher(condition)
        if match(self):
            return self
        kept = []
        modified = False
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                s = e.subgroup(condition)
                if s is not e:
                    modified = True
                if s is not None:
                    kept.append(s)
            elif match(e):
                kept.append(e)
            else:
                modified = True
        if not modified:
            return self
        return self._derive_copy(kept) if kept else None

    def __class_getitem__(cls, item):
        return cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A BaseExceptionGroup whose exceptions are all Exceptions (caught by `except Exception`)."""
