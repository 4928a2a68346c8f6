"""Asynchronous I/O on one thread: an event loop, coroutines, tasks (gilkit's asyncio).

A single-module version of CPython 3.11's asyncio with the same behaviour for what GIL and
concurrency tutorials use: run, sleep, create_task/Task, gather, wait_for, wait, as_completed,
timeout, Queue, Event, Lock, Semaphore, Condition, to_thread, loop.run_in_executor, call_soon,
call_later, call_soon_threadsafe, current_task/all_tasks. There is no network or subprocess I/O
(no selectors, streams, transports, subprocesses or signal handlers).

How it relates to the GIL: everything here runs on the thread that called run(), so coroutines
never run in parallel and never need the lock handed over between them (a program of coroutines
shows no GIL switches in `gilkit run --stats`). When no callback is ready the loop waits for the
next timer in _UnixSelectorEventLoop._idle_wait, blocked in a lock acquire with the GIL released (the role a
selector plays in CPython); call_soon_threadsafe, and the worker threads of run_in_executor and
to_thread finishing, release that lock to wake it. Those worker threads run Python code, so
they take the GIL while they do.

Differences from CPython worth knowing: a Task's repr says "running at file:line" from the
coroutine's current line; unretrieved task exceptions ("Task exception was never retrieved") are
reported when the loop closes, not when the task is garbage collected; async generators are not
finalized by the loop (shutdown_asyncgens is a no-op).
"""

import collections
import functools
import heapq
import itertools
import sys
import threading
import time as _time
import types
import _thread

# ExceptionGroup/BaseExceptionGroup (TaskGroup raises them): gilkit's runtime has none yet (and no
# builtins module), so the Python ones of lib/_exceptiongroup.py go into the builtins dict when
# asyncio is imported.
_builtins = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
if 'ExceptionGroup' not in _builtins:
    import _exceptiongroup
    _builtins['BaseExceptionGroup'] = _exceptiongroup.BaseExceptionGroup
    _builtins['ExceptionGroup'] = _exceptiongroup.ExceptionGroup
del _builtins

__all__ = (
    'run', 'sleep', 'gather', 'shield', 'wait_for', 'wait', 'as_completed', 'timeout', 'timeout_at',
    'create_task', 'ensure_future', 'wrap_future', 'to_thread', 'Task', 'Future', 'Handle',
    'TimerHandle', 'AbstractEventLoop', 'get_running_loop', 'get_event_loop', 'new_event_loop',
    'set_event_loop', 'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull', 'Event', 'Lock', 'Semaphore',
    'BoundedSemaphore', 'Condition', 'Barrier', 'CancelledError', 'TimeoutError', 'InvalidStateError',
    'BrokenBarrierError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'Timeout', 'Runner',
    'TaskGroup',
)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ---------------------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


class SendfileNotAvailableError(RuntimeError):
    pass


class IncompleteReadError(EOFError):
    pass


class LimitOverrunError(Exception):
    pass


# ---------------------------------------------------------------------------- coroutine helpers

_is_coroutine = object()


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    return isinstance(obj, types.CoroutineType)


def iscoroutinefunction(func):
    """Whether func is an async def function (also through methods and functools.partial)."""
    while True:
        if getattr(func, '_is_coroutine', None) is _is_coroutine:
            return True
        if isinstance(func, functools.partial):
            func = func.func
        elif hasattr(func, '__func__'):
            func = func.__func__
        else:
            break
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    """Whether obj is an asyncio Future (or duck-types as one)."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None \
        and obj._asyncio_future_blocking is not None


def _coro_repr(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None)
    running = getattr(coro, 'cr_frame', None)
    if code is None:
        return name + '()'
    if running is not None:
        return '%s() running at %s:%s' % (name, code.co_filename, running.f_lineno)
    return '%s() done, defined at %s:%s' % (name, code.co_filename, code.co_firstlineno)


def _format_callback(cb):
    if isinstance(cb, functools.partial):
        return _format_callback(cb.func)
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    return name + '()'


# ---------------------------------------------------------------------------- handles

class Handle:
    """A callback scheduled with call_soon (cancel() before it runs and it does not)."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            args = self._args
            if args:
                self._callback(*args)
            else:
                self._callback()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback(self._callback)
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + cb,
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled with call_later/call_at for loop time when()."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        return '<TimerHandle when=%r %s>' % (self._when, _format_callback(self._callback)
                                             if self._callback else 'cancelled')

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = object.__hash__

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# ---------------------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that is not there yet; awaiting it suspends the awaiting task until it is."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception={!r}'.format(self._exception))
            else:
                info.append('result={}'.format(_short_repr(self._result)))
        if self._callbacks:
            info.append('cb=[{}]'.format(', '.join(_format_callback(cb) for cb in self._callbacks)))
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancels the future and schedules its callbacks; False if it is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback in callbacks:
            loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception, CancelledError, or InvalidStateError if not done."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """fn(future) runs (through the loop) once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        self._loop._track_unretrieved(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _short_repr(value):
    r = repr(value)
    return r if len(r) <= 40 else r[:20] + '...' + r[-17:]


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _get_loop(fut):
    return fut.get_loop()


# ---------------------------------------------------------------------------- tasks

_task_name_counter = 0  # the number in "Task-N" (a plain int: cheaper than itertools.count here)
_CoroutineType = types.CoroutineType


def _enter_task(loop, task):
    """Marks task as the one running on loop (what current_task returns)."""
    current = loop._current_task
    if current is not None:
        raise RuntimeError("Cannot enter into task {!r} while another task {!r} is being executed."
                           .format(task, current))
    loop._current_task = task


def _leave_task(loop, task):
    current = loop._current_task
    if current is not task:
        raise RuntimeError("Leaving task {!r} does not match the current task {!r}.".format(task, current))
    loop._current_task = None


class Task(Future):
    """Runs a coroutine on the loop: each step sends into it until it awaits a pending future."""

    _log_destroy_pending = True

    # Hot path (gather of thousands of tasks): no super().__init__ call, the "Task-N" name made
    # on demand, and one Handle per task reused for every plain step (_step_handle).
    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_name_counter
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._callbacks = []
        if type(coro) is not _CoroutineType and not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError("a coroutine was expected, got {!r}".format(coro))
        _task_name_counter += 1  # counted for named tasks too, as CPython does
        self._number = _task_name_counter
        self._name = None if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        handle = self._step_handle = Handle(self._step, (), loop)
        loop._ready.append(handle)
        loop._all_tasks.add(self)

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self.get_name())
        info.insert(2, 'coro=<%s>' % _coro_repr(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=%r' % self._fut_waiter)
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        name = self._name
        if name is None:
            name = self._name = 'Task-%d' % self._number
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        """Asks the task to stop: CancelledError is thrown into the coroutine at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        self._loop._all_tasks.discard(self)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError('_step(): already done: {!r}, {!r}'.format(self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        if loop._current_task is not None:
            _enter_task(loop, self)  # raises
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            loop._all_tasks.discard(self)
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                # Future.set_result inlined (the hot path of every finishing task)
                self._result = exc.value
                self._state = _FINISHED
                callbacks = self._callbacks
                if callbacks:
                    self._callbacks = []
                    for callback in callbacks:
                        loop.call_soon(callback, self)
        except CancelledError as exc:
            self._finish()
            self._cancelled_exc = exc
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as exc:
            self._finish()
            super().set_exception(exc)
            raise
        except BaseException as exc:
            self._finish()
            # Drop this frame from the traceback: CPython's Task is written in C and adds none.
            tb = exc.__traceback__
            if tb is not None and tb.tb_next is not None:
                exc = exc.with_traceback(tb.tb_next)
            super().set_exception(exc)
        else:
            if result is None:  # a bare yield (sleep(0)): step again after the others
                if loop._closed:
                    raise RuntimeError('Event loop is closed')
                loop._ready.append(self._step_handle)
            else:
                self._handle_yield(result)
        finally:
            if loop._current_task is not self:
                _leave_task(loop, self)  # raises
            loop._current_task = None
            self = None

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                new_exc = RuntimeError('Task {!r} got Future {!r} attached to a different loop'
                                       .format(self, result))
                self._loop.call_soon(self._step, new_exc)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError('Task cannot await on itself: {!r}'.format(self))
                    self._loop.call_soon(self._step, new_exc)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup_task)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError('yield was used instead of yield from in task {!r} with {!r}'
                                       .format(self, result))
                self._loop.call_soon(self._step, new_exc)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            new_exc = RuntimeError('Task got bad yield: {!r}'.format(result))
            self._loop.call_soon(self._step, new_exc)

    def _wakeup_task(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop as a Task; returns the Task."""
    loop = get_running_loop()
    return loop.create_task(coro, name=name)


def current_task(loop=None):
    """The Task running now on loop (the running loop by default), or None."""
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """The set of not-yet-done tasks of loop (the running loop by default)."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(loop._all_tasks) if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    """A Future for the argument: itself if a future, a Task for a coroutine or awaitable."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    """What sleep(0) awaits: one bare yield, so the task steps again after the others."""

    __slots__ = ()

    def __await__(self):
        yield


_SLEEP0 = _Sleep0()


async def sleep(delay, result=None):
    """Suspends the calling task for delay seconds; returns result."""
    if delay <= 0:
        await _SLEEP0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    outer = None
    loop = None
    arg_to_fut = {}
    children = []

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer._state != _PENDING:
            if fut._state != _CANCELLED:
                fut._log_traceback = False  # retrieved, as fut.exception() does
            return
        if not return_exceptions:
            if fut._state == _CANCELLED:
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut._exception
            if exc is not None:
                fut._log_traceback = False
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for f in children:
                if f._state == _CANCELLED:
                    res = CancelledError('' if f._cancel_message is None else f._cancel_message)
                else:
                    f._log_traceback = False
                    res = f._exception
                    if res is None:
                        res = f._result
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if type(arg) is _CoroutineType and arg not in arg_to_fut:
            # Fast path for the common gather(*coroutines): a Task directly, its callback appended
            # (a new task is pending).
            if loop is None:
                loop = get_event_loop()
            fut = Task(arg, loop=loop)
            fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut._callbacks.append(_done_callback)
            children.append(fut)
            continue
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protects the awaitable from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it and raising TimeoutError if it takes longer than timeout seconds."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in fs; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables that give the results of fs in the order they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---------------------------------------------------------------------------- timeouts (3.11)

class _TimeoutState:
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """async with timeout(delay): cancels the block at the deadline and raises TimeoutError."""

    def __init__(self, when):
        self._state = _TimeoutState.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _TimeoutState.ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_TimeoutState.EXPIRING, _TimeoutState.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _TimeoutState.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        self._state = _TimeoutState.ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _TimeoutState.EXPIRING:
            self._state = _TimeoutState.EXPIRED
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _TimeoutState.ENTERED:
            self._state = _TimeoutState.EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _TimeoutState.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """async with asyncio.timeout(delay): TimeoutError if the block runs longer than delay seconds."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------------------- task groups

class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) -- waits for all its tasks on exit; the
    first failure cancels the others and the body, and the failures are raised together as an
    ExceptionGroup ('unhandled errors in a TaskGroup'), as CPython 3.11's asyncio.TaskGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Starts coro as a Task of this group."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------------------- the event loop

_running = threading.local()


class AbstractEventLoop:
    """Base class of event loops (for isinstance checks and type annotations)."""


class _UnixSelectorEventLoop(AbstractEventLoop):
    """The event loop: ready callbacks, a heap of timers, and an idle wait without the GIL."""

    _clock_resolution = 1e-06

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._all_tasks = set()
        self._current_task = None
        self._unretrieved = []
        self._default_executor = None
        self._exception_handler = None
        self._debug = False
        # The self-pipe of this loop: held while nobody has asked to wake it; released by
        # call_soon_threadsafe; acquired (with a timeout, the GIL released) by the idle wait.
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()
        # Callbacks from other threads wait here until the loop moves them to _ready: the deque
        # is not thread-safe without the GIL (--gil=off), this list is guarded by its lock.
        self._threadsafe = []
        self._threadsafe_lock = _thread.allocate_lock()

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    # -- time and scheduling

    def time(self):
        """The loop's clock (time.monotonic())."""
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) at the next iteration of the loop, after the ones already queued."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) delay seconds from now."""
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at loop time when."""
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from another thread: also wakes the loop from its idle wait."""
        self._check_closed()
        handle = Handle(callback, args, self, context)
        if self._thread_id is None or self._thread_id == threading.get_ident():
            self._ready.append(handle)  # from the loop's own thread: keep call order, as CPython
        else:
            with self._threadsafe_lock:
                self._threadsafe.append(handle)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # already released: the loop will wake up anyway

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- futures and tasks

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wraps the coroutine in a Task scheduled on this loop."""
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def _track_unretrieved(self, fut):
        self._unretrieved.append(fut)

    def _report_unretrieved(self):
        pending, self._unretrieved = self._unretrieved, []
        for fut in pending:
            if not fut._log_traceback:
                continue
            fut._log_traceback = False
            kind = 'Task' if isinstance(fut, Task) else 'Future'
            self.call_exception_handler({
                'message': '%s exception was never retrieved' % kind,
                'exception': fut._exception,
                'future': fut,
            })

    # -- running

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        """Stops run_forever() after the current iteration."""
        self._stopping = True

    def run_forever(self):
        """Runs callbacks and timers until stop()."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if getattr(_running, 'loop', None) is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread_id = threading.get_ident()
        _running.loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _running.loop = None

    def run_until_complete(self, future):
        """Runs until the future (or coroutine, wrapped in a Task) is done; returns its result."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        """One iteration: wait for the next timer (GIL released), then run what is ready."""
        sched = self._scheduled
        ready = self._ready
        if sched:
            if self._timer_cancelled_count > len(sched) // 2 and len(sched) > 100:
                sched[:] = [h for h in sched if not h._cancelled]
                heapq.heapify(sched)
                self._timer_cancelled_count = 0
            while sched and sched[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(sched)._scheduled = False
        if not (ready or self._stopping or self._threadsafe):
            timeout = None
            if sched:
                timeout = min(max(0, sched[0]._when - self.time()), 86400)
            self._idle_wait(timeout)
        if self._threadsafe:
            with self._threadsafe_lock:
                ready.extend(self._threadsafe)
                self._threadsafe.clear()
        if sched:
            end_time = self.time() + self._clock_resolution
            while sched and sched[0]._when < end_time:
                handle = heapq.heappop(sched)
                handle._scheduled = False
                if not handle._cancelled:
                    ready.append(handle)
        ntodo = len(ready)
        popleft = ready.popleft
        while ntodo:
            ntodo -= 1
            handle = popleft()
            if not handle._cancelled:
                handle._run()

    def _idle_wait(self, timeout):
        """Blocks until a timer is due or another thread wakes the loop; the GIL is released."""
        if timeout == 0:
            return
        if timeout is None:
            self._wakeup.acquire()
        else:
            # Rounded up to the millisecond as CPython's epoll selector does: timers due within
            # the same millisecond then run in the same iteration, as they do under CPython.
            self._wakeup.acquire(True, -(-timeout // 1e-3) * 1e-3)

    def close(self):
        """Closes the loop (it must not be running); shuts down the default executor."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._report_unretrieved()
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        """No-op: gilkit does not track async generators for finalization."""

    async def shutdown_default_executor(self):
        """Waits (without blocking the loop) until the default executor's threads are done."""
        if self._default_executor is None:
            return
        future = self.create_future()

        def _do_shutdown():
            try:
                self._default_executor.shutdown(wait=True)
                self.call_soon_threadsafe(_set_result_unless_cancelled, future, None)
            except Exception as ex:
                self.call_soon_threadsafe(future.set_exception, ex)

        thread = threading.Thread(target=_do_shutdown)
        thread.start()
        try:
            await future
        finally:
            thread.join()

    # -- threads

    def set_default_executor(self, executor):
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in executor (a shared ThreadPoolExecutor by default); returns a Future."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    # -- errors

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Prints the context's message, its other keys and the exception's traceback to stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('{}: {!r}'.format(key, context[key]))
        text = '\n'.join(lines) + '\n'
        if exception is not None:
            import traceback
            text += ''.join(traceback.format_exception(type(exception), exception, exception.__traceback__))
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future (completed from any thread)."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _copy_state(source):
        if new_future.cancelled():
            return
        if source.cancelled():
            new_future.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(source.result())

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _on_done(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_state, source)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_on_done)
    return new_future


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a worker thread of the loop's default executor."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))


# ---------------------------------------------------------------------------- loop access

class _Policy:
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called and threading.current_thread() is threading.main_thread():
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = _Policy()


def get_event_loop_policy():
    return _policy


def get_running_loop():
    """The loop running in this thread; RuntimeError if there is none."""
    loop = getattr(_running, 'loop', None)
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return getattr(_running, 'loop', None)


def get_event_loop():
    """The running loop, else this thread's current loop (made on first use in the main thread)."""
    loop = getattr(_running, 'loop', None)
    if loop is not None:
        return loop
    return _policy.get_event_loop()


def set_event_loop(loop):
    _policy.set_event_loop(loop)


def new_event_loop():
    return _policy.new_event_loop()


SelectorEventLoop = _UnixSelectorEventLoop
BaseEventLoop = _UnixSelectorEventLoop


# ---------------------------------------------------------------------------- run

def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """A context manager that runs coroutines on one loop and closes it at the end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._loop_factory = loop_factory

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def close(self):
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()

    def run(self, coro):
        """Runs the coroutine to completion as a task (the 'main' task); returns its result."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._loop is None:
            self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
            if self._loop_factory is None:
                set_event_loop(self._loop)
            if self._debug is not None:
                self._loop.set_debug(self._debug)


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop and closes the loop; returns main's result.

    At the end the tasks still pending are cancelled (and run until they finish), and the loop
    is closed. Ctrl-C raises KeyboardInterrupt out of run() after that cleanup.
    """
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    with Runner(debug=debug) as runner:
        return runner.run(main)


# ---------------------------------------------------------------------------- synchronization

class _UnixSelectorEventLoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _UnixSelectorEventLoopBound):
    """A mutex for coroutines: acquire() waits (suspending the task) while another task holds it."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        try:
            fut = next(iter(self._waiters))
        except StopIteration:
            return
        if not fut.done():
            fut.set_result(True)


class Event(_UnixSelectorEventLoopBound):
    """A flag tasks can wait for: wait() suspends until set()."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _UnixSelectorEventLoopBound):
    """A condition variable for tasks (wait/wait_for/notify/notify_all) over an asyncio Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            err = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    err = e
            if err is not None:
                raise err

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _UnixSelectorEventLoopBound):
    """A counter of free slots: acquire() waits while it is 0, release() adds one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or (any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_UnixSelectorEventLoopBound):
    """parties tasks wait() until all have arrived (3.11)."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = 1
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 0)
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state == 1:
                    self._state = 0
                self._cond.notify_all()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in (1, -1))
        if self._state < 0:
            raise BrokenBarrierError

    async def abort(self):
        async with self._cond:
            self._state = -2
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


# ---------------------------------------------------------------------------- queues

class Queue(_UnixSelectorEventLoopBound):
    """A FIFO queue for tasks: get() waits while empty, put() waits while full (maxsize > 0)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Puts item, waiting for a free slot when the queue is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Removes and returns an item, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Marks one item taken with get() as processed (join() waits for all of them)."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Waits until every item put has been marked done with task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that returns the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------------------- submodule names

# CPython's asyncio is a package; here it is one module, registered under its submodules' names
# too (as lib/concurrent.py does for concurrent.futures) so `import asyncio.queues`,
# `from asyncio import tasks` and `asyncio.exceptions.CancelledError` work.
__path__ = []
for _sub in ('base_events', 'events', 'exceptions', 'futures', 'locks', 'queues', 'runners',
             'tasks', 'taskgroups', 'timeouts', 'coroutines'):
    sys.modules[__name__ + '.' + _sub] = sys.modules[__name__]
    globals()[_sub] = sys.modules[__name__]
del _sub
