"""Set handlers for asynchronous events (gilkit's version of CPython 3.11's Lib/signal.py).

signal, getsignal, raise_signal, alarm, strsignal, valid_signals, default_int_handler and
the Signals/Handlers enums over the _signal module. Handlers run on the main thread between
bytecodes (or out of the blocking call the main thread was in), as in CPython.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum('Signals', {name: value for name, value in _globals.items()
                               if name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')},
                   module=__name__)
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN}, module=__name__)

for _s in Signals:
    _globals[_s.name] = _s
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
del _s


def _int_to_enum(value, enum_klass):
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Sets the handler of signalnum (a callable(signum, frame), SIG_IGN or SIG_DFL); returns
    the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler) if isinstance(handler, int) else handler)
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


def raise_signal(signalnum):
    _signal.raise_signal(signalnum)


def alarm(seconds):
    return _signal.alarm(seconds)
