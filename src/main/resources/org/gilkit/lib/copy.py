"""Generic (shallow and deep) copying operations (gilkit's subset of CPython 3.11's Lib/copy.py).

copy(x) and deepcopy(x, memo) as CPython: atomic values are returned as they are, the built-in
containers are copied by type, classes may define __copy__ / __deepcopy__(memo), and other
instances are copied through __reduce_ex__(4) (their class plus a copy of __dict__ or
__slots__). The deepcopy memo keeps shared and self-referencing structures intact.
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(Ellipsis), type(NotImplemented), type(len),
           _types.FunctionType, property)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of already copied objects to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _state_of(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    state = getattr(x, "__dict__", None)
    slots = {}
    for klass in type(x).__mro__:
        for name in klass.__dict__.get("__slots__", ()) if hasattr(klass, "__dict__") else ():
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, deep):
    cls = type(x)
    rv = None
    own = [k for k in cls.__mro__ if k is not object]
    if any("__reduce_ex__" in k.__dict__ for k in own):
        rv = x.__reduce_ex__(4)
    elif any("__reduce__" in k.__dict__ for k in own):
        rv = x.__reduce__()
    if rv is not None and isinstance(rv, tuple):
        return _from_reduce(x, rv, memo, deep)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = deepcopy(x.args, memo) if deep else x.args
    elif isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        if isinstance(x, list):
            y.extend(deepcopy(a, memo) if deep else a for a in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
        else:
            y.update(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) if deep else a for a in x]
        y = cls.__new__(cls, *items) if hasattr(cls, "_fields") else cls.__new__(cls, items)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _set_state(y, state):
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for k, v in state.items():
            object.__setattr__(y, k, v) if not hasattr(y, "__dict__") else y.__dict__.__setitem__(k, v)
    if slotstate:
        for k, v in slotstate.items():
            object.__setattr__(y, k, v)


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y
