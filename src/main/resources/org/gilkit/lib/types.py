"""Define names for built-in types that aren't directly accessible as a builtin (gilkit's subset
of CPython 3.11's Lib/types.py): FunctionType, LambdaType, MethodType, BuiltinFunctionType,
GeneratorType, CoroutineType, AsyncGeneratorType, ModuleType, NoneType, SimpleNamespace, MappingProxyType, new_class and
GenericAlias where the runtime has them.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()  # closed, so it is not reported as never awaited


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
GenericAlias = type(list[int])
del _f, _g, _C, _c, _co, _ag


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(a=1) has .a, repr namespace(a=1)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
        return "{}({})".format(name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class through its metaclass, filling the namespace with exec_body(ns)."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def coroutine(func):
    return func


def DynamicClassAttribute(fget=None, fset=None, fdel=None, doc=None):
    return property(fget, fset, fdel, doc)


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
