"""Tool for measuring execution time of small code snippets (gilkit's subset of CPython 3.11's
Lib/timeit.py).

timeit, repeat, default_timer (time.perf_counter) and Timer (timeit, repeat, autorange) with
callables for stmt and setup. String statements need exec(), which gilkit does not have yet:
then Timer raises a ValueError that says so (pass a lambda instead).
"""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _builtin(name):
    b = __builtins__
    return b.get(name) if isinstance(b, dict) else getattr(b, name, None)


def _as_callable(code, what, globals):
    if callable(code):
        return code
    if not isinstance(code, str):
        raise ValueError("%s is neither a string nor callable" % what)
    if code.strip() == "pass" or not code.strip():
        return lambda: None
    run = _builtin("exec")
    if run is None:
        raise ValueError("gilkit's timeit needs a callable %s (a string needs exec(), which "
                         "gilkit does not provide): use timeit.timeit(lambda: ...)" % what)
    ns = globals if globals is not None else {}
    return lambda: run(code, ns)


class Timer:
    """Times stmt (a callable) run `number` times after setup ran once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._setup = _as_callable(setup, "setup", globals)
        self._stmt = _as_callable(stmt, "stmt", globals)

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds (float) taken by `number` calls of stmt."""
        self._setup()
        stmt = self._stmt
        timer = self.timer
        t0 = timer()
        for _ in range(number):
            stmt()
        return timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) with number in 1, 2, 5, 10, 20, 50... until it takes >= 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function: Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
