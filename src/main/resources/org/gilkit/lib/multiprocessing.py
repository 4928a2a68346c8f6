"""multiprocessing (gilkit): processes that each have their own interpreter and their own GIL.

The Java half is the _multiprocessing module (org.gilkit.modules.mp). Start methods:

- 'fork' (the default, as CPython <= 3.13 on Linux): the child is a new interpreter of this JVM
  with its own GIL, made from a copy of the parent's modules and of the Process object at
  start(); nothing mutable is shared afterwards, which is why scripts need no __main__ guard.
- 'spawn': the child is a new JVM that imports the main script as __mp_main__ (so the
  ``if __name__ == '__main__':`` guard matters) and receives the Process object pickled.

Everything that goes between processes afterwards (Queue items, Pool tasks and results) is
pickled by _multiprocessing.dumps: functions and classes by reference, so lambdas fail as in
CPython.
"""

import _multiprocessing as _mp
import itertools as _itertools
import queue as _queue
import sys as _sys
import threading as _threading
from collections import deque as _deque

__all__ = ['Process', 'current_process', 'active_children', 'parent_process', 'cpu_count',
           'get_start_method', 'set_start_method', 'get_all_start_methods', 'get_context',
           'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Event', 'Condition', 'Barrier', 'Value', 'Array',
           'RawValue', 'RawArray', 'ProcessError', 'BufferTooShort', 'TimeoutError',
           'AuthenticationError', 'freeze_support', 'Manager']

PicklingError = _mp.PicklingError


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# ---------------------------------------------------------------- start methods

_start_method = None
_METHODS = ('fork', 'spawn', 'forkserver')


def get_start_method(allow_none=False):
    # As CPython's DefaultContext: asking for the method (or the context, or starting a process
    # or a pool) fixes it, and a later set_start_method without force raises.
    global _start_method
    if _start_method is None:
        if allow_none:
            return None
        _start_method = 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in _METHODS:
        raise ValueError('cannot find context for %r' % (method,))
    _start_method = method


def get_all_start_methods():
    return list(_METHODS)


def cpu_count():
    return _mp.cpu_count()


def freeze_support():
    pass


def set_executable(executable):
    pass


# ---------------------------------------------------------------- processes

_counter = _itertools.count(1)
_children = set()


class BaseProcess(object):
    """A process object: start() runs run() (by default target(*args, **kwargs)) in a child."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = _mp.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == _mp.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        method = self._start_method or get_start_method()
        if method in ('spawn', 'forkserver'):
            main = _sys.modules.get('__main__')
            path = getattr(main, '__file__', None)
            if path is None:
                raise RuntimeError('the spawn start method needs a main script file')
            self._popen = _mp.spawn(self, path)
        else:
            self._popen = _mp.fork(self)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        self._check_closed()
        if self._popen is not None:
            self._popen.terminate()

    def kill(self):
        self._check_closed()
        if self._popen is not None:
            self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _mp.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == _mp.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
        _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return _mp.getpid()
        return self._popen and self._popen.pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _mp.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        """Runs in the child: run() and the exit code, reporting an exception as CPython."""
        global _current_process, _parent_process, _counter, _children
        try:
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _counter = _itertools.count(1)
            _children = set()
            self.run()
            exitcode = 0
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                _sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            if not _mp.terminating():
                _sys.stderr.write('Process %s:\n' % self.name)
                _mp.print_exc()
        finally:
            _flush_std_streams()
        return exitcode


class Process(BaseProcess):
    pass


class ForkProcess(Process):
    _start_method = 'fork'


class SpawnProcess(Process):
    _start_method = 'spawn'


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': b'', 'semprefix': '/mp'}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_current_process = _MainProcess()
_parent_process = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


def active_children():
    _cleanup()
    return list(_children)


def _flush_std_streams():
    for s in (_sys.stdout, _sys.stderr):
        try:
            s.flush()
        except (AttributeError, ValueError):
            pass


_active_pools = []


def _exit_function():
    """At interpreter exit (threading's atexit): stop pools, terminate daemonic children, join the rest."""
    for pool in list(_active_pools):
        pool.terminate()
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()


_threading._register_atexit(_exit_function)


# ---------------------------------------------------------------- queues and pipes

class Queue(object):
    """A FIFO between processes; items are pickled by put() and unpickled by get()."""

    _kind = 'Queue'

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._q = _mp.ByteQueue(maxsize, self._kind)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %r is closed" % (self,))

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not self._q.put(_mp.dumps(obj), timeout if block else 0):
            raise _queue.Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        data = self._q.get(timeout if block else 0)
        if data is None:
            raise _queue.Empty
        return _mp.loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.qsize() == 0

    def full(self):
        return self._q.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose join() waits until every item got a task_done()."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.SharedMemory('q', 1)
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            Queue.put(self, obj, block, timeout)
            self._unfinished.set(0, self._unfinished.get(0) + 1)

    def task_done(self):
        with self._cond:
            left = self._unfinished.get(0)
            if left <= 0:
                raise ValueError('task_done() called too many times')
            self._unfinished.set(0, left - 1)
            if left == 1:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished.get(0) > 0:
                self._cond.wait()


class SimpleQueue(object):
    """A simplified Queue: put(), get(), empty(), close()."""

    def __init__(self, *, ctx=None):
        self._q = _mp.ByteQueue(0, 'SimpleQueue')
        self._closed = False

    def put(self, obj):
        self._q.put(_mp.dumps(obj), None)

    def get(self):
        return _mp.loads(self._q.get(None))

    def empty(self):
        return self._q.qsize() == 0

    def close(self):
        self._closed = True


class Connection(object):
    """One end of a Pipe (multiprocessing.connection.Connection): send()/recv() pickled objects,
    send_bytes()/recv_bytes() raw bytes, poll(timeout). recv() raises EOFError once the other end
    is closed in every process (a child's copies close when it exits) and nothing is left to read;
    send() then raises BrokenPipeError."""

    def __init__(self, handle, readable=True, writable=True):
        self._h = handle
        self._readable = readable
        self._writable = writable

    @property
    def closed(self):
        return self._h.closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def _check_readable(self):
        if self._h.closed:
            raise OSError("handle is closed")
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if self._h.closed:
            raise OSError("handle is closed")
        if not self._writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check_writable()
        self._h.send(_mp.dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        self._check_writable()
        m = buf if isinstance(buf, bytes) else bytes(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._h.send(bytes(m[offset:offset + size]))

    def recv_bytes(self, maxlength=None):
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._h.recv()
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        self._check_readable()
        data = self._h.recv()
        if offset < 0 or offset > len(buf):
            raise ValueError("offset out of bounds")
        if offset + len(data) > len(buf):
            raise BufferTooShort(data)
        buf[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        self._check_readable()
        return _mp.loads(self._h.recv())

    def poll(self, timeout=0.0):
        self._check_readable()
        return self._h.poll(timeout)

    def close(self):
        self._h.close()

    def fileno(self):
        raise OSError("gilkit pipes have no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    a, b = _mp.pipe()
    if not duplex:
        return Connection(a, True, False), Connection(b, False, True)
    return Connection(a), Connection(b)


# ---------------------------------------------------------------- synchronization

def Lock():
    return _mp.SemLock('Lock', 1)


def RLock():
    return _mp.SemLock('RLock', 1)


def Semaphore(value=1):
    return _mp.SemLock('Semaphore', value)


def BoundedSemaphore(value=1):
    return _mp.SemLock('BoundedSemaphore', value)


def Event():
    return _mp.Event()


class Condition(object):
    """A condition variable between processes (CPython's multiprocessing.synchronize.Condition)."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        self._sleeping_count.release()
        self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            self._lock.acquire()

    def notify(self, n=1):
        while self._wait_semaphore.acquire(False):
            pass
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=2147483647)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        while not result:
            if not self.wait(timeout) and timeout is not None:
                return predicate()
            result = predicate()
        return result


class Barrier(_threading.Barrier):
    """A barrier between processes (CPython's multiprocessing.synchronize.Barrier): threading's
    algorithm on a multiprocessing Condition, with its state and count in shared memory."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._cond = Condition(Lock())
        self._array = RawArray('i', 2)
        self._action = action
        self._timeout = timeout
        self._parties = parties

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value


BrokenBarrierError = _threading.BrokenBarrierError


# ---------------------------------------------------------------- shared memory

_CTYPES = {'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int',
           'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong',
           'f': 'c_float', 'd': 'c_double', 'c': 'c_char'}


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str):
        return typecode_or_type
    code = getattr(typecode_or_type, '_type_', None)
    if isinstance(code, str):
        return code
    raise TypeError('typecode must be a str of the array module, not %r' % (typecode_or_type,))


class _RawValue(object):
    def __init__(self, typecode, mem):
        self._typecode = typecode
        self._mem = mem

    @property
    def value(self):
        return self._mem.get(0)

    @value.setter
    def value(self, v):
        self._mem.set(0, v)

    def __repr__(self):
        return '%s(%r)' % (_CTYPES[self._typecode], self._mem.get(0))


class Synchronized(object):
    """A shared value and its lock; .value takes the lock around each read and write."""

    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<Synchronized wrapper for %r>' % (self._obj,)


class _RawArray(object):
    def __init__(self, typecode, mem):
        self._typecode = typecode
        self._mem = mem

    def __len__(self):
        return len(self._mem)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._mem.get(k) for k in range(*i.indices(len(self._mem)))]
        return self._mem.get(i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(*i.indices(len(self._mem)))
            values = list(v)
            if len(values) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, x in zip(idx, values):
                self._mem.set(k, x)
        else:
            self._mem.set(i, v)

    def __iter__(self):
        for k in range(len(self._mem)):
            yield self._mem.get(k)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return '<SynchronizedArray wrapper for %s_Array_%d>' % (_CTYPES[self._obj._typecode], len(self._obj))


def RawValue(typecode_or_type, *args):
    tc = _typecode(typecode_or_type)
    mem = _mp.SharedMemory(tc, 1)
    if args:
        mem.set(0, args[0])
    return _RawValue(tc, mem)


def RawArray(typecode_or_type, size_or_initializer):
    tc = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _RawArray(tc, _mp.SharedMemory(tc, size_or_initializer))
    init = list(size_or_initializer)
    arr = _RawArray(tc, _mp.SharedMemory(tc, len(init)))
    for k, x in enumerate(init):
        arr[k] = x
    return arr


def _lock_for(lock):
    if lock is None or lock is True:
        return RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _lock_for(lock))


# ---------------------------------------------------------------- managers

def all_methods(obj):
    """The names of the callable attributes of obj (CPython's managers.all_methods)."""
    return [name for name in dir(obj) if callable(getattr(obj, name))]


def public_methods(obj):
    """The names of the callable attributes of obj not starting with '_'."""
    return [name for name in all_methods(obj) if name[0] != '_']


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


class Token(object):
    """Names a shared object kept by a manager: typeid, address (None: gilkit managers have no
    network address) and id, plus the channel its proxies use (the manager's request Queue, the
    reply Pipe end and the Lock that serialises the proxies sharing that pipe) and the manager
    class whose registry names the proxy types of derived objects."""

    def __init__(self, typeid, address, id, channel=None, manager_class=None):
        self.typeid = typeid
        self.address = address
        self.id = id
        self._channel = channel
        self._manager_class = manager_class

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (type(self).__name__, self.typeid, self.address, self.id)


class BaseProxy(object):
    """A handle on an object kept by a manager's server thread (in the process that started the
    manager). A call sends (id, method, args, kwds) through the manager's request Queue and reads
    the answer from the proxy's reply Pipe, holding the Lock of that pipe so that processes
    sharing it take turns. Proxies reach children by inheritance (Process arguments, fork copies)
    and pickle as (RebuildProxy, ...) as CPython's."""

    _exposed_ = None
    _method_to_typeid_ = None

    def __init__(self, token, serializer='pickle', manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._authkey = authkey
        self._owned_by_manager = manager_owned

    def _callmethod(self, methodname, args=(), kwds={}):
        """Calls methodname on the referent in the manager's server; returns the result."""
        token = self._token
        requests, reply, lock = token._channel
        with lock:
            requests.put((token.id, methodname, tuple(args), dict(kwds)))
            kind, result = reply.recv()
        if kind == '#RETURN':
            return result
        if kind == '#PROXY':
            exposed, (typeid, oid) = result
            manager_class = token._manager_class
            proxytype = manager_class._registry[typeid][-1]
            t = Token(typeid, token.address, oid, token._channel, manager_class)
            return proxytype(t, self._serializer, manager=self._manager, authkey=self._authkey,
                             exposed=exposed)
        if kind == '#TRACEBACK':
            raise RemoteError(result)
        raise result

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        kwds = {}
        if getattr(self, '_isauto', False):
            kwds['exposed'] = self._exposed_
            return (RebuildProxy, (AutoProxy, self._token, self._serializer, kwds))
        return (RebuildProxy, (type(self), self._token, self._serializer, kwds))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(func, token, serializer, kwds):
    """Unpickles a proxy (CPython's managers.RebuildProxy)."""
    return func(token, serializer, incref=False, **kwds)


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass with one forwarding method per name of exposed."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    dic = {}
    for meth in exposed:
        dic[meth] = _forwarder(meth)
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def _forwarder(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def AutoProxy(token, serializer='pickle', manager=None, authkey=None, exposed=None, incref=True,
              manager_owned=False):
    """A proxy whose methods are the referent's exposed methods (its public ones by default)."""
    if exposed is None:
        exposed = BaseProxy(token)._callmethod('#GETMETHODS')
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey, incref=incref,
                      manager_owned=manager_owned)
    proxy._isauto = True
    return proxy


class ListProxy(BaseProxy):
    _exposed_ = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                 '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
                 'insert', 'pop', 'remove', 'reverse', 'sort', '__imul__')

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._getvalue())


class DictProxy(BaseProxy):
    _exposed_ = ('__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
                 '__setitem__', 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem',
                 'setdefault', 'update', 'values')

    def __iter__(self):
        return iter(self._callmethod('keys'))


for _cls in (ListProxy, DictProxy):
    for _n in _cls._exposed_:
        if _n not in _cls.__dict__:
            setattr(_cls, _n, _forwarder(_n))
del _cls, _n


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class Namespace(object):
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [(k, v) for k, v in self.__dict__.items() if not k.startswith('_')]
        return 'Namespace(%s)' % ', '.join('%s=%r' % kv for kv in sorted(items))


_VIEWS = ('keys', 'values', 'items', '__reversed__')
# What any proxy may ask besides its exposed methods (CPython's Server.fallback_mapping).
_FALLBACK = ('__repr__', '__str__', '#GETVALUE', '#GETMETHODS')


class _SyncFactories(object):
    # The synchronisation factories a context and a manager both offer (multiprocessing's module
    # functions, BaseContext and SyncManager); all of them make the real shared objects.

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Semaphore(self, value=1):
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return BoundedSemaphore(value)

    def Event(self):
        return Event()

    def Condition(self, lock=None):
        return Condition(lock)

    def Barrier(self, parties, action=None, timeout=None):
        return Barrier(parties, action, timeout)


class BaseManager(object):
    """A manager of shared objects (CPython's multiprocessing.managers.BaseManager): the types
    registered with register() are created by the manager's server and used through proxies.
    gilkit's server is a thread of the process that calls start() (CPython's is a child
    process); it needs that process's GIL for a moment per call. There is no network server:
    address is None and connect()/get_server() raise NotImplementedError."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if authkey is None:
            authkey = current_process().authkey
        self._address = address
        self._authkey = authkey
        self._serializer = serializer
        self._state = 'INITIAL'
        self._objects = {}
        self._replies = {}
        self._ids = _itertools.count()
        self._requests = None
        self._thread = None
        self._pid = None
        self._shared = None

    @property
    def address(self):
        return self._address

    def get_server(self):
        raise NotImplementedError("gilkit managers have no network server; use start()")

    def connect(self):
        raise NotImplementedError("gilkit managers have no network server; use start()")

    def start(self, initializer=None, initargs=()):
        if self._state != 'INITIAL':
            if self._state == 'STARTED':
                raise ProcessError("Already started server")
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if initializer is not None:
            initializer(*initargs)
        self._requests = Queue()
        r, w = Pipe(duplex=False)
        # the channel of the proxies made in other processes (see _create): one reply pipe
        self._shared = (self._requests, r, Lock(), w)
        self._pid = _mp.getpid()
        self._thread = _threading.Thread(target=self._serve, daemon=True,
                                         name=type(self).__name__ + '-server')
        self._thread.start()
        self._state = 'STARTED'

    def _serve(self):
        while True:
            req = self._requests.get()
            if req is None:
                break
            oid, name, args, kwds = req
            if oid is None:
                answer = self._remote_create(*args)
                reply = self._shared[3]
            else:
                reply = self._replies.get(oid)
                answer = self._dispatch(oid, name, args, kwds)
            try:
                reply.send(answer)
            except Exception as e:
                reply.send(('#ERROR', e))

    def _dispatch(self, oid, name, args, kwds):
        try:
            obj, exposed, gettypeid = self._objects[oid]
            if name == '#GETVALUE':
                return ('#RETURN', obj)
            if name == '#GETMETHODS':
                return ('#RETURN', tuple(exposed))
            if name not in exposed and name not in _FALLBACK:
                # CPython's server answers with the text of the AttributeError (RemoteError)
                return ('#TRACEBACK', 'AttributeError: method %r of %r object is not in exposed=%r\n'
                        % (name, type(obj), exposed))
            result = getattr(obj, name)(*args, **kwds)
        except Exception as e:
            return ('#ERROR', e)
        typeid = gettypeid and gettypeid.get(name, None)
        if typeid:
            try:
                roid, rexposed = self._new(typeid, (result,), {}, self._replies[oid])
            except Exception as e:
                return ('#ERROR', e)
            return ('#PROXY', (rexposed, (typeid, roid)))
        if name in _VIEWS:
            result = list(result)
        return ('#RETURN', result)

    def _new(self, typeid, args, kwds, reply):
        # in the server's process: makes the object, returns its id and exposed methods
        callable, exposed, method_to_typeid, proxytype = self._registry[typeid]
        if callable is None:
            if kwds or len(args) != 1:
                raise ValueError("Without callable, must have one non-keyword argument")
            obj = args[0]
        else:
            obj = callable(*args, **kwds)
        if exposed is None:
            exposed = public_methods(obj)
        if method_to_typeid is not None:
            if not isinstance(method_to_typeid, dict):
                raise TypeError("Method_to_typeid {0!r}: type {1!s}, not dict".format(
                    method_to_typeid, type(method_to_typeid)))
            exposed = list(exposed) + list(method_to_typeid)
        oid = '%x' % next(self._ids)
        self._objects[oid] = (obj, tuple(exposed), method_to_typeid)
        self._replies[oid] = reply
        return oid, tuple(exposed)

    def _remote_create(self, typeid, args, kwds):
        try:
            return ('#RETURN', self._new(typeid, args, kwds, self._shared[3]))
        except Exception as e:
            return ('#ERROR', e)

    def _create(self, typeid, /, *args, **kwds):
        """Creates a shared object of typeid; returns its Token and exposed methods."""
        if self._state != 'STARTED':
            raise ProcessError("Manager has not been started" if self._state == 'INITIAL'
                               else "Manager has shut down")
        cls = type(self)
        if _mp.getpid() == self._pid:
            # the server's own process: a reply pipe and lock of the proxy's own
            r, w = Pipe(duplex=False)
            oid, exposed = self._new(typeid, args, kwds, w)
            return Token(typeid, self._address, oid, (self._requests, r, Lock()), cls), exposed
        requests, r, lock, w = self._shared
        with lock:
            requests.put((None, '#CREATE', (typeid, args, kwds), {}))
            kind, result = r.recv()
        if kind != '#RETURN':
            raise result
        oid, exposed = result
        return Token(typeid, self._address, oid, (requests, r, lock), cls), exposed

    def join(self, timeout=None):
        if self._thread is not None:
            self._thread.join(timeout)

    def shutdown(self):
        if self._state == 'STARTED':
            self._state = 'SHUTDOWN'
            if _mp.getpid() != self._pid:
                return
            self._requests.put(None)
            self._thread.join()
            self._objects.clear()
            for w in set(self._replies.values()):
                w.close()
            self._replies.clear()
            self._shared[3].close()

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        if self._state != 'STARTED':
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Registers typeid: manager.<typeid>(*args, **kwds) (with create_method) makes
        callable(*args, **kwds) in the server and returns a proxytype proxy for it (AutoProxy by
        default, exposing the object's public methods or the names in exposed). A method named
        in method_to_typeid returns a proxy of that typeid for its result."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, self._serializer, manager=self, authkey=self._authkey,
                                 exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager, _SyncFactories):
    """multiprocessing.Manager(): dict(), list() and Namespace() are kept by the manager's server
    thread and used through proxies; Queue(), Lock(), Event(), Value() ... are the
    multiprocessing objects themselves (they already work between processes). Use it with
    ``with Manager() as m:`` or start()/shutdown()."""

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)


SyncManager.register('dict', dict, DictProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)


def Manager():
    m = SyncManager()
    m.start()
    return m


# ---------------------------------------------------------------- shared_memory

class _SharedBuffer(object):
    """SharedMemory.buf: a bytearray-like view of the block (gilkit has no memoryview): len(),
    indexing and slicing (reads give bytes), item and same-length slice assignment, bytes(buf),
    tobytes(), tolist(), release()."""

    def __init__(self, mem, size):
        self._mem = mem
        self._size = size

    def _live(self):
        if self._mem is None:
            raise ValueError('operation forbidden on released memoryview object')
        return self._mem

    def __len__(self):
        self._live()
        return self._size

    def _index(self, i):
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError('index out of bounds on dimension 1')
        return i

    def __getitem__(self, i):
        mem = self._live()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._size)
            if step == 1:
                return mem.read(start, max(0, stop - start))
            return bytes([mem.get(k) for k in range(start, stop, step)])
        return mem.get(self._index(i))

    def __setitem__(self, i, value):
        mem = self._live()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._size)
            data = value if isinstance(value, (bytes, bytearray)) else bytes(value)
            idx = range(start, stop, step)
            if len(data) != len(idx):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            if step == 1:
                mem.write(start, data)
            else:
                for k, b in zip(idx, data):
                    mem.set(k, b)
            return
        if not isinstance(value, int) or not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        mem.set(self._index(i), value)

    def __iter__(self):
        return iter(self.tobytes())

    def tobytes(self):
        return self._live().read(0, self._size)

    __bytes__ = tobytes

    def tolist(self):
        return list(self.tobytes())

    def release(self):
        self._mem = None


class SharedMemory(object):
    """multiprocessing.shared_memory.SharedMemory: a named block of bytes that any process can
    attach to by name. gilkit keeps it in the file /dev/shm/<name> (as POSIX shm_open does on
    Linux, so even CPython processes see it), mapped into each process; it lives until
    unlink(). Passed to a child (or through a queue) by name, as CPython pickles it."""

    _PREFIX = 'psm_'

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = self._PREFIX + _mp_os().urandom(4).hex()
                try:
                    self._mem = _mp.shm_open(name, True, size)
                    break
                except FileExistsError:
                    continue
        else:
            self._mem = _mp.shm_open(name, bool(create), size)
        self._name = name
        self._size = len(self._mem)
        self._buf = _SharedBuffer(self._mem, self._size)

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        return self._buf

    @property
    def name(self):
        return self._name

    @property
    def size(self):
        return self._size

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        self._mem = None

    def unlink(self):
        _mp.shm_unlink(self._name)


def _pack_double(x):
    m = _mp.SharedMemory('d', 1)
    m.set(0, float(x))
    return m.read(0, 8)


def _unpack_double(b):
    m = _mp.SharedMemory('d', 1)
    m.write(0, b)
    return m.get(0)


class ShareableList(object):
    """multiprocessing.shared_memory.ShareableList: a fixed-length list of int, float, bool, str,
    bytes and None values in a SharedMemory block, laid out exactly as CPython 3.11 lays it out
    (the item count, the items' offsets, the 8-byte-aligned items, their struct formats and their
    back-transform codes), so a CPython process can attach to the same block by name. Passed to a
    child (or through a queue) by name."""

    _types_mapping = {int: "q", float: "d", bool: "xxxxxxx?", str: "%ds", bytes: "%ds",
                      type(None): "xxxxxx?x"}
    _alignment = 8

    @staticmethod
    def _extract_recreation_code(value):
        if not isinstance(value, (str, bytes, type(None))):
            return 0
        elif isinstance(value, str):
            return 1
        elif isinstance(value, bytes):
            return 2
        return 3

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = list(sequence or ())
            formats = []
            for item in sequence:
                if type(item) not in self._types_mapping:
                    raise KeyError(type(item))
                fmt = self._types_mapping[type(item)]
                if isinstance(item, (str, bytes)):
                    fmt = fmt % (self._alignment * (len(item) // self._alignment + 1),)
                formats.append(fmt)
            self._list_len = len(formats)
            offset = 0
            self._allocated_offsets = [0]
            for fmt in formats:
                offset += self._alignment if fmt[-1] != "s" else int(fmt[:-1])
                self._allocated_offsets.append(offset)
            size = 8 + 8 * (self._list_len + 1) + offset + 8 * self._list_len + self._list_len
            self.shm = SharedMemory(name, create=True, size=size)
        else:
            self.shm = SharedMemory(name)
        if sequence is not None:
            mem = self.shm._mem
            header = [self._list_len] + self._allocated_offsets
            mem.write(0, b''.join(v.to_bytes(8, 'little', signed=True) for v in header))
            start = self._offset_data_start
            for i, (fmt, item) in enumerate(zip(formats, sequence)):
                mem.write(start + self._allocated_offsets[i], self._pack(fmt, item))
            mem.write(self._offset_packing_formats,
                      b''.join(f.encode('utf8').ljust(8, b'\x00') for f in formats))
            mem.write(self._offset_back_transform_codes,
                      bytes(self._extract_recreation_code(v) for v in sequence))
        else:
            self._list_len = len(self)
            raw = self.shm._mem.read(8, 8 * (self._list_len + 1))
            self._allocated_offsets = [int.from_bytes(raw[k:k + 8], 'little', signed=True)
                                       for k in range(0, len(raw), 8)]

    @staticmethod
    def _pack(fmt, value):
        if fmt == 'q':
            return int(value).to_bytes(8, 'little', signed=True)
        if fmt == 'd':
            return _pack_double(value)
        if fmt == 'xxxxxxx?':
            return b'\x00' * 7 + (b'\x01' if value else b'\x00')
        if fmt == 'xxxxxx?x':
            return b'\x00' * 8
        data = value.encode('utf8') if isinstance(value, str) else value
        return data[:int(fmt[:-1])].ljust(int(fmt[:-1]), b'\x00')

    @staticmethod
    def _unpack(fmt, raw):
        if fmt == 'q':
            return int.from_bytes(raw[:8], 'little', signed=True)
        if fmt == 'd':
            return _unpack_double(raw[:8])
        if fmt == 'xxxxxxx?':
            return raw[7] != 0
        if fmt == 'xxxxxx?x':
            return raw[6] != 0
        return raw[:int(fmt[:-1])]

    def _check(self, position):
        if position >= self._list_len or self._list_len < 0:
            raise IndexError("Requested position out of range.")

    def _get_packing_format(self, position):
        position = position if position >= 0 else position + self._list_len
        self._check(position)
        v = self.shm._mem.read(self._offset_packing_formats + position * 8, 8)
        return v.rstrip(b'\x00').decode('utf8')

    def _get_back_transform_code(self, position):
        self._check(position)
        return self.shm._mem.read(self._offset_back_transform_codes + position, 1)[0]

    def _set_packing_format_and_transform(self, position, fmt_as_str, value):
        self._check(position)
        self.shm._mem.write(self._offset_packing_formats + position * 8,
                            fmt_as_str.encode('utf8').ljust(8, b'\x00')[:8])
        self.shm._mem.write(self._offset_back_transform_codes + position,
                            bytes([self._extract_recreation_code(value)]))

    def __getitem__(self, position):
        if not isinstance(position, int):
            raise TypeError('list indices must be integers or slices, not ' + type(position).__name__)
        position = position if position >= 0 else position + self._list_len
        try:
            if position < 0:
                raise IndexError
            offset = self._offset_data_start + self._allocated_offsets[position]
            fmt = self._get_packing_format(position)
        except IndexError:
            raise IndexError("index out of range")
        size = 8 if fmt[-1] != 's' else int(fmt[:-1])
        v = self._unpack(fmt, self.shm._mem.read(offset, size))
        code = self._get_back_transform_code(position)
        if code == 1:
            return v.rstrip(b'\x00').decode('utf8')
        if code == 2:
            return v.rstrip(b'\x00')
        if code == 3:
            return None
        return v

    def __setitem__(self, position, value):
        position = position if position >= 0 else position + self._list_len
        try:
            if position < 0:
                raise IndexError
            item_offset = self._allocated_offsets[position]
            offset = self._offset_data_start + item_offset
            current_format = self._get_packing_format(position)
        except IndexError:
            raise IndexError("assignment index out of range")
        if not isinstance(value, (str, bytes)):
            if type(value) not in self._types_mapping:
                raise KeyError(type(value))
            new_format = self._types_mapping[type(value)]
            encoded = value
        else:
            allocated_length = self._allocated_offsets[position + 1] - item_offset
            encoded = value.encode('utf8') if isinstance(value, str) else value
            if len(encoded) > allocated_length:
                raise ValueError("bytes/str item exceeds available storage")
            if current_format[-1] == "s":
                new_format = current_format
            else:
                new_format = self._types_mapping[str] % (allocated_length,)
        self._set_packing_format_and_transform(position, new_format, value)
        self.shm._mem.write(offset, self._pack(new_format, encoded))

    def __reduce__(self):
        return (_rebuild_shareable_list, (self.__class__, self.shm.name))

    def __len__(self):
        return int.from_bytes(self.shm._mem.read(0, 8), 'little', signed=True)

    def __iter__(self):
        for i in range(self._list_len):
            yield self[i]

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        "The struct packing format used by all currently stored items."
        return "".join(self._get_packing_format(i) for i in range(self._list_len))

    @property
    def _offset_data_start(self):
        return (self._list_len + 2) * 8

    @property
    def _offset_packing_formats(self):
        return self._offset_data_start + self._allocated_offsets[-1]

    @property
    def _offset_back_transform_codes(self):
        return self._offset_packing_formats + self._list_len * 8

    def count(self, value):
        "L.count(value) -> integer -- return number of occurrences of value."
        return sum(value == entry for entry in self)

    def index(self, value):
        """L.index(value) -> integer -- return first index of value.
        Raises ValueError if the value is not present."""
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")


def _rebuild_shareable_list(cls, name):
    return cls(name=name)


def _mp_os():
    import os
    return os


# ---------------------------------------------------------------- Pool

def _mapstar(args):
    return list(map(*args))


def _starmapstar(args):
    return list(_itertools.starmap(args[0], args[1]))


class MaybeEncodingError(Exception):
    """Wraps an exception (or result) that could not be sent back from a worker."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, retired=None):
    # retired (a RawValue, only for ProcessPoolExecutor's pool) is set to 1 when the worker ends
    # by itself (maxtasks reached, or the pool's sentinel): an exit with code 0 without it, as
    # os._exit(0) in a task, is then an abrupt death.
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))
        task = job = result = func = args = kwds = None
        completed += 1
    if retired is not None:
        retired.value = 1


_job_counter = _itertools.count()
_RUN, _CLOSE, _TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'


class ApplyResult(object):
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = _threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None


class IMapIterator(object):
    """The iterator of imap (in order) and imap_unordered (as results arrive); chunks are flattened."""

    def __init__(self, pool, ordered, nchunks):
        self._pool = pool
        self._cond = _threading.Condition(_threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._ordered = ordered
        self._items = _deque()
        self._next_chunk = 0
        self._unsorted = {}
        self._chunks_left = nchunks
        self._cache[self._job] = self
        if nchunks == 0:
            self._cache.pop(self._job, None)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._chunks_left == 0:
                    self._pool = None
                    raise StopIteration
                if not self._cond.wait(timeout) and not self._items and timeout is not None:
                    raise TimeoutError
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _push(self, obj):
        success, value = obj
        if success:
            for v in value:
                self._items.append((True, v))
        else:
            self._items.append((False, value))
        self._chunks_left -= 1

    def _set(self, i, obj):
        with self._cond:
            if not self._ordered:
                self._push(obj)
            else:
                self._unsorted[i] = obj
                while self._next_chunk in self._unsorted:
                    self._push(self._unsorted.pop(self._next_chunk))
                    self._next_chunk += 1
            if self._chunks_left == 0:
                self._cache.pop(self._job, None)
            self._cond.notify_all()


class Pool(object):
    """A pool of worker processes (each its own interpreter and GIL) fed through queues."""

    _wrap_exception = True
    # Whether each worker reports a clean end through a shared flag (w._retired), so that
    # _worker_died can tell it from an abrupt exit with code 0 (ProcessPoolExecutor's pool).
    _track_retirement = False

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._state = _RUN
        self._ctx = context
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._cache = {}
        self._setup_queues()
        self._pool = []
        self._maxtasks = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        for i in range(processes):
            self._pool.append(self._start_worker())
        self._change = _threading.Event()
        self._worker_handler = _threading.Thread(target=Pool._handle_workers, args=(self,), daemon=True)
        self._worker_handler.start()
        self._result_handler = _threading.Thread(target=Pool._handle_results,
                                                 args=(self._outqueue, self._cache), daemon=True)
        self._result_handler.start()
        _active_pools.append(self)

    @staticmethod
    def _handle_workers(pool):
        # CPython's worker handler: every 0.1 s, replace the workers that ended (maxtasksperchild,
        # or a worker that died: its task's result never arrives, as in CPython); after close(),
        # once the outstanding results are in, send each worker its sentinel. A task lost with a
        # dead worker keeps the cache non-empty, so join() then waits, as CPython's does.
        while pool._state == _RUN or (pool._cache and pool._state != _TERMINATE):
            pool._maintain_pool()
            pool._change.wait(0.1)
            pool._change.clear()
        if pool._state != _TERMINATE:
            for _ in pool._pool:
                pool._inqueue.put(None)

    def _maintain_pool(self):
        dead = self._join_exited_workers()
        if dead:
            self._worker_died(dead)
            if self._state == _TERMINATE:
                return
            for _ in range(self._processes - len(self._pool)):
                self._pool.append(self._start_worker())

    def _join_exited_workers(self):
        ended = []
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if w.exitcode is not None:
                w.join()
                ended.append(w)
                del self._pool[i]
        return ended

    def _worker_died(self, ended):
        pass

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    # ProcessPoolExecutor's pool keeps the names of plain processes (SpawnProcess-N), as CPython's.
    _worker_name = 'PoolWorker'

    def _start_worker(self):
        # Workers are ForkPoolWorker-N / SpawnPoolWorker-N as in CPython, whose Pool takes the
        # context's own Process class.
        cls = (self._ctx or get_context()).Process
        retired = RawValue('b', 0) if self._track_retirement else None
        w = cls(target=_worker, args=(self._inqueue, self._outqueue, self._initializer,
                                      self._initargs, self._maxtasks, retired))
        w._retired = retired
        w.name = w.name.replace('Process', self._worker_name)
        w.daemon = True
        w.start()
        return w

    @staticmethod
    def _handle_results(outqueue, cache):
        while True:
            task = outqueue.get()
            if task is None:
                break
            job, i, obj = task
            result = cache.get(job)
            if result is not None:
                result._set(i, obj)

    def _check_running(self):
        if self._state != _RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, task):
        try:
            self._inqueue.put(task)
        except Exception as e:
            result._set(task[1], (False, e))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result, (result._job, 0, func, tuple(args), dict(kwds)))
        return result

    def _chunks(self, iterable, chunksize):
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        items = list(iterable)
        chunks = [tuple(items[k:k + chunksize]) for k in range(0, len(items), chunksize)] if chunksize else []
        return chunksize, len(items), chunks

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        chunksize, length, chunks = self._chunks(iterable, chunksize)
        result = MapResult(self, chunksize, length, callback, error_callback)
        for i, chunk in enumerate(chunks):
            self._submit(result, (result._job, i, mapper, ((func, chunk),), {}))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        chunksize, length, chunks = self._chunks(list(iterable), chunksize)
        result = IMapIterator(self, ordered, len(chunks))
        for i, chunk in enumerate(chunks):
            self._submit(result, (result._job, i, _mapstar, ((func, chunk),), {}))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == _RUN:
            self._state = _CLOSE
            self._change.set()

    def terminate(self):
        if self._state == _TERMINATE:
            return
        self._state = _TERMINATE
        self._stop_worker_handler()
        for w in self._pool:
            w.terminate()
        self._finish()

    def _stop_worker_handler(self):
        self._change.set()
        if self._worker_handler is not None and self._worker_handler is not _threading.current_thread():
            self._worker_handler.join()

    def join(self):
        if self._state == _RUN:
            raise ValueError("Pool is still running")
        self._finish()

    def _finish(self):
        self._stop_worker_handler()
        for w in list(self._pool):
            if w.is_alive():
                w.join()
        if self._result_handler is not None:
            self._outqueue.put(None)
            self._result_handler.join()
            self._result_handler = None
        if self in _active_pools:
            _active_pools.remove(self)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % ('multiprocessing.pool', type(self).__name__,
                                                  self._state, len(self._pool))


class _ThreadQueue(object):
    """ThreadPool's queues: plain object hand-over between threads, nothing pickled."""

    def __init__(self):
        self._q = _queue.SimpleQueue()

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (multiprocessing.pool.ThreadPool):
    same API, nothing is pickled, and the GIL runs one worker at a time."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()

    def _start_worker(self):
        w = _threading.Thread(target=_worker, args=(self._inqueue, self._outqueue, self._initializer,
                                                     self._initargs, self._maxtasks), daemon=True)
        w.name = 'Thread-PoolWorker'
        w.start()
        return w

    def _join_exited_workers(self):
        ended = []
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if not w.is_alive():
                w.join()
                ended.append(w)
                del self._pool[i]
        return ended

    def terminate(self):
        # threads cannot be killed: stop handing out work and let the workers end
        if self._state == _TERMINATE:
            return
        self._state = _TERMINATE
        self._stop_worker_handler()
        while True:
            try:
                self._inqueue._q.get_nowait()
            except _queue.Empty:
                break
        for _ in self._pool:
            self._inqueue.put(None)
        self._finish()


# ---------------------------------------------------------------- contexts

class BaseContext(_SyncFactories):
    """What get_context() returns: the module's API bound to one start method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method, process_class):
        self._name = method
        self.Process = process_class

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method)

    def cpu_count(self):
        return cpu_count()

    def current_process(self):
        return current_process()

    def active_children(self):
        return active_children()

    def parent_process(self):
        return parent_process()

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        return SimpleQueue()

    def Pipe(self, duplex=True):
        return Pipe(duplex)


    def Value(self, typecode_or_type, *args, lock=True):
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return RawArray(typecode_or_type, size_or_initializer)

    def freeze_support(self):
        pass

    def Manager(self):
        return Manager()


class ForkServerProcess(Process):
    _start_method = 'forkserver'


_contexts = {'fork': BaseContext('fork', ForkProcess), 'spawn': BaseContext('spawn', SpawnProcess),
             'forkserver': BaseContext('forkserver', ForkServerProcess)}


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in _contexts:
        raise ValueError('cannot find context for %r' % (method,))
    return _contexts[method]


# multiprocessing.pool, multiprocessing.context and friends are this module
__path__ = []
for _name in ('pool', 'context', 'process', 'queues', 'synchronize', 'sharedctypes', 'shared_memory',
              'managers', 'connection'):
    _sys.modules['multiprocessing.' + _name] = _sys.modules[__name__]
del _name
shared_memory = managers = connection = _sys.modules[__name__]


# ---------------------------------------------------------------- multiprocessing.dummy
# The multiprocessing API on threads (CPython's multiprocessing/dummy): `from multiprocessing.dummy
# import Pool as ThreadPool` is a common tutorial line. Workers are threads, so they share the GIL.
class _DummyProcess(_threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        _threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._parent = _threading.current_thread()

    @property
    def exitcode(self):
        if self._started.is_set() and not self.is_alive():
            return 0
        return None


def _dummy_pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


def _dummy_active_children():
    return [t for t in _threading.enumerate() if isinstance(t, _DummyProcess) and t.is_alive()]


class _DummyModule(object):
    # stands in for the module object (gilkit's module type cannot be instantiated from Python)
    __name__ = 'multiprocessing.dummy'


def _dummy_module():
    dummy = _DummyModule()
    dummy.Process = _DummyProcess
    dummy.Pool = _dummy_pool
    dummy.current_process = _threading.current_thread
    dummy.active_children = _dummy_active_children
    dummy.freeze_support = lambda: None
    dummy.cpu_count = cpu_count
    dummy.Queue = _queue.Queue
    dummy.JoinableQueue = _queue.Queue
    for _attr in ('Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event', 'Condition', 'Barrier'):
        setattr(dummy, _attr, getattr(_threading, _attr))
    return dummy


dummy = _sys.modules['multiprocessing.dummy'] = _dummy_module()
