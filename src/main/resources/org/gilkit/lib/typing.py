"""Support for type hints (gilkit: cheap runtime placeholders).

Every name of CPython 3.11's typing module that programs commonly import exists and can be
subscripted (List[int], Dict[str, Any], Optional[X], Union[A, B], Callable[[int], str],
Generic[T]...), with CPython's reprs (typing.List[int], typing.Optional[int], ~T). Aliases of
concrete classes can be called and used as bases (List() is a list); Generic and Protocol are
plain base classes; NamedTuple and TypedDict build classes from annotations; cast, overload,
final, NewType, get_origin, get_args and get_type_hints work. Nothing is type checked, as in
CPython. Not provided: isinstance() against bare aliases, ParamSpec semantics.
"""

import collections
import functools

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


class _Final:
    pass


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal...: names that only mean something subscripted."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final):
    """X[args]: remembers origin and args; calling it calls the origin."""

    def __init__(self, origin, args, name=None, inst=True):
        self._inst = inst
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return 'typing.Callable[%s, %s]' % (_type_repr(self.__args__[0]), _type_repr(self.__args__[1]))
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return name + '[()]'
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        if not callable(self.__origin__) or isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Type {self._name or self.__origin__!r} cannot be instantiated")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_GenericAlias):
    """List, Dict, Callable...: the bare alias of a concrete class, subscriptable once."""

    def __init__(self, origin, name, nparams=-1, inst=False):
        _GenericAlias.__init__(self, origin, (), name, inst)
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name != 'Callable':
            params = _refs(params)
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == 'Tuple'):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __instancecheck__(self, obj):
        return isinstance(self.__origin__, type) and isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return isinstance(self.__origin__, type) and issubclass(cls, self.__origin__)


class ForwardRef(_Final):
    """A string annotation inside a subscription: Optional["Node"]."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def _refs(params):
    return tuple(ForwardRef(p) if isinstance(p, str) else p for p in params)


def _union(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = _refs(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        return _GenericAlias(Union, tuple(flat), 'Optional' if flat[1] is type(None) else 'Union')
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional(self, param):
    return Union[param, type(None)]


def _single(self, param):
    return _GenericAlias(self, param, self._name)


def _literal(self, params):
    return _GenericAlias(self, params, self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
TypeGuard = _SpecialForm('TypeGuard', _single)
Concatenate = _SpecialForm('Concatenate', _literal)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
Unpack = _SpecialForm('Unpack', _single)
Annotated = _SpecialForm('Annotated', _literal)


class TypeVar(_Final):
    """T = TypeVar('T'): repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    args = object()
    kwargs = object()

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple(TypeVar):
    def __init__(self, name):
        TypeVar.__init__(self, name)

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')


class Generic:
    """Base of user generic classes: class Stack(Generic[T]) and Stack[int]() both work."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base of structural types; nothing is checked."""

    __slots__ = ()


def runtime_checkable(cls):
    return cls


import collections as _c

try:
    import collections.abc as _abc
except ImportError:
    _abc = None

_callable_origin = type(len)
List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGenericAlias(tuple, 'Tuple')
Type = _SpecialGenericAlias(type, 'Type', 1)
DefaultDict = _SpecialGenericAlias(_c.defaultdict, 'DefaultDict', 2, inst=True)
OrderedDict = _SpecialGenericAlias(_c.OrderedDict, 'OrderedDict', 2, inst=True)
Counter = _SpecialGenericAlias(_c.Counter, 'Counter', 1, inst=True)
Deque = _SpecialGenericAlias(_c.deque, 'Deque', 1, inst=True)
ChainMap = _SpecialGenericAlias(_c.ChainMap, 'ChainMap', 2, inst=True)
Text = str
ByteString = _SpecialGenericAlias(bytes, 'ByteString', 0)


def _abstract(name, nparams=1):
    return _SpecialGenericAlias(getattr(_abc, name, object) if _abc else object, name, nparams)


Callable = _abstract('Callable', -1)
Iterable = _abstract('Iterable')
Iterator = _abstract('Iterator')
Generator = _abstract('Generator', 3)
Reversible = _abstract('Reversible')
Container = _abstract('Container')
Collection = _abstract('Collection')
Hashable = _abstract('Hashable', 0)
Sized = _abstract('Sized', 0)
Sequence = _abstract('Sequence')
MutableSequence = _abstract('MutableSequence')
AbstractSet = _abstract('AbstractSet')
MutableSet = _abstract('MutableSet')
Mapping = _abstract('Mapping', 2)
MutableMapping = _abstract('MutableMapping', 2)
MappingView = _abstract('MappingView')
KeysView = _abstract('KeysView')
ItemsView = _abstract('ItemsView', 2)
ValuesView = _abstract('ValuesView')
Awaitable = _abstract('Awaitable')
Coroutine = _abstract('Coroutine', 3)
AsyncIterable = _abstract('AsyncIterable')
AsyncIterator = _abstract('AsyncIterator')
AsyncGenerator = _abstract('AsyncGenerator', 2)
ContextManager = _abstract('ContextManager')
AsyncContextManager = _abstract('AsyncContextManager')
Pattern = _abstract('Pattern')
Match = _abstract('Match')
SupportsInt = _abstract('SupportsInt', 0)
SupportsFloat = _abstract('SupportsFloat', 0)
SupportsIndex = _abstract('SupportsIndex', 0)
SupportsAbs = _abstract('SupportsAbs')
SupportsRound = _abstract('SupportsRound')
SupportsBytes = _abstract('SupportsBytes', 0)
IO = _abstract('IO')
TextIO = _abstract('TextIO', 0)
BinaryIO = _abstract('BinaryIO', 0)


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    import sys
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


class NewType:
    """UserId = NewType('UserId', int): calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        import sys
        self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


def get_origin(tp):
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The merged __annotations__ of a class (base classes first) or of a function/module."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}) or {})
    return hints


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


class NamedTupleMeta(type):
    """class P(NamedTuple): x: int; y: int = 0 builds collections.namedtuple('P', ...)."""

    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return type.__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl

    def __call__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        import sys
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
        return _make_nmtuple(typename, list(fields), module=module)


class NamedTuple(metaclass=NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    """class Movie(TypedDict): ... makes a dict subclass; Movie(name='x') is a dict."""

    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return type.__new__(cls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns = dict(ns)
        ns['__annotations__'] = annotations
        tp = type.__new__(cls, name, (dict,), ns)
        tp.__total__ = total
        tp.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            if args and isinstance(args[0], str):
                fields = args[1] if len(args) > 1 else kwargs
                ns = {'__annotations__': dict(fields), '__module__': '__main__'}
                return _TypedDictMeta.__new__(_TypedDictMeta, args[0], (), ns)
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


__all__ = [name for name in dir() if not name.startswith('_') and name not in
           ('collections', 'functools', 'T', 'KT', 'VT')]
