"""Enumerations (gilkit's subset of CPython 3.11's Lib/enum.py).

Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumType/EnumMeta. Members are created
once, when the class is built: each non-descriptor, non-underscore name of the class body
becomes an instance of the class with .name and .value (an alias when its value repeats an
earlier one); auto() values come from _generate_next_value_ after the body ran (no
__prepare__ needed). Lookup by value (Color(1)), by name (Color['RED']), iteration, len,
membership, __members__, reprs <Color.RED: 1> and str/format texts as in 3.11; a tuple
value is passed to a user __init__ as its arguments (the Planet example).
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value (next integer, power of two, name...)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = __builtins__['property'] if isinstance(__builtins__, dict) else __builtins__.property


def _function():
    pass


_FunctionType = type(_function)


def _is_descriptor(obj):
    return (isinstance(obj, _FunctionType) or hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


def _member_names(cls_name, classdict):
    names = []
    for key, value in classdict.items():
        if isinstance(value, nonmember):
            continue
        if isinstance(value, member):
            names.append(key)
            continue
        if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key):
            continue
        if key.startswith('_'):
            continue
        if isinstance(value, type) or _is_descriptor(value):
            continue
        names.append(key)
    return names


class EnumType(type):
    """Metaclass of Enum: turns the class body's names into members."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        names = _member_names(cls, classdict)
        raw = [(n, classdict.pop(n)) for n in names]
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        last_values = []
        gen = getattr(enum_class, '_generate_next_value_')
        for name, value in raw:
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(last_values), last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value)
        if first_enum is not None:
            if ReprEnum is not None and ReprEnum in bases:
                if '__format__' not in classdict:
                    enum_class.__format__ = member_type.__format__
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    enum_class.__str__ = method
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name, None)
                    found_method = getattr(enum_class, name, None)
                    if found_method is getattr(member_type, name, None) or found_method is getattr(object, name, None):
                        type.__setattr__(enum_class, name, enum_method)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        member_type = object
        first_enum = bases[-1]
        for base in bases:
            for b in base.__mro__:
                if b is object:
                    continue
                if isinstance(b, EnumType):
                    continue
                if b.__dict__.get('__new__') is not None or b in (int, str, float):
                    member_type = b
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def _add_member_(cls, name, value):
        for existing in cls._member_map_.values():
            if existing._value_ == value and type(existing._value_) == type(value):
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        args = value if isinstance(value, tuple) else (value,)
        mt = cls._member_type_
        if mt is object:
            obj = object.__new__(cls)
        elif mt is tuple:
            obj = mt.__new__(cls, args)
        else:
            obj = mt.__new__(cls, *args)
        obj._value_ = value if mt is object or '_value_' not in obj.__dict__ else obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        init = cls.__dict__.get('__init__') or _inherited_init(cls)
        if init is not None:
            init(obj, *args)
        cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            pass
        type.__setattr__(cls, name, obj)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
            return cls._pseudo_member_(value)
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = sys._getframe(2).f_globals.get('__name__', '__main__')
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("cannot delete member %r" % (attr,))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @__builtins__['property'] if isinstance(__builtins__, dict) else __builtins__.property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _inherited_init(cls):
    for base in cls.__mro__[1:]:
        if base in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, object, int, str, float, tuple):
            return None
        init = base.__dict__.get('__init__')
        if init is not None:
            return init
    return None


Enum = None
Flag = None
ReprEnum = None
IntEnum = None
StrEnum = None
IntFlag = None


class Enum(metaclass=EnumType):
    """Base of enumerations: class Color(Enum): RED = 1."""

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if False else last_values[-1]
            for v in reversed(last_values):
                if isinstance(v, int):
                    return v + 1
            return start
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(): str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints (str() and format() give the number)."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings; auto() gives the lower-cased name."""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class FlagBoundary:
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class Flag(Enum):
    """Members combine with | & ^ ~; auto() gives successive powers of two."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        high_bit = _high_bit(last_value)
        return 2 ** (high_bit + 1)

    @classmethod
    def _pseudo_member_(cls, value):
        if value < 0:
            value = value & cls._flag_mask_ if hasattr(cls, '_flag_mask_') else value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        mt = cls._member_type_
        obj = object.__new__(cls) if mt is object else mt.__new__(cls, value)
        obj._value_ = value
        names = [m._name_ for m in cls._iter_bits(value)]
        obj._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = obj
        return obj

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value == v:
                yield m

    def __iter__(self):
        return iter(list(self.__class__._iter_bits(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)


def unique(enumeration):
    """Class decorator: ValueError if two names share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(cls):
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
