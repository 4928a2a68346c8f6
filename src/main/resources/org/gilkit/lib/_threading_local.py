"""Thread-local objects (threading.local), gilkit's version.

Each thread sees its own attribute namespace. As in CPython's C implementation, the namespaces
live with the thread, not the object: _thread._local_dicts() is the calling Python thread's dict
(dropped when the thread ends), keyed by a token unique to each local object. Keying by the
thread's ident would hand a finished thread's values to the next thread that gets the same ident
(gilkit reuses OS threads; CPython reuses idents). A subclass's __init__ runs again, with the
constructor's arguments, the first time another thread touches the object (as in CPython).
"""

from _thread import _local_dicts

__all__ = ["local"]

_object_getattribute = object.__getattribute__
_object_setattr = object.__setattr__


def _namespace(self):
    dicts = _local_dicts()
    key = _object_getattribute(self, '_local__token')
    d = dicts.get(key)
    if d is None:
        d = {}
        dicts[key] = d
        args, kw = _object_getattribute(self, '_local__args')
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    return d


class local:
    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        token = object()
        _object_setattr(self, '_local__token', token)
        _local_dicts()[token] = {}
        _object_setattr(self, '_local__args', (args, kw))
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _namespace(self)
        if name in ('_local__token', '_local__args', '__class__'):
            return _object_getattribute(self, name)
        d = _namespace(self)
        if name in d:
            return d[name]
        return _object_getattribute(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        _namespace(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        d = _namespace(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]
