"""Register functions to run at interpreter exit (gilkit's version of CPython's atexit).

Functions run last-registered first, after threading has joined the non-daemon threads (the
VM calls threading._shutdown, which calls _run_exitfuncs); an exception in one is printed as
CPython prints it ("Exception ignored in atexit callback") and the others still run.
"""

import sys
import threading  # noqa: the VM calls threading._shutdown at exit, which runs the atexit functions

_exithandlers = []


def register(func, *args, **kwargs):
    """Runs func(*args, **kwargs) at exit; returns func so it can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Calls the registered functions, last first; errors are reported, not raised."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
