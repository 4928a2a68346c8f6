# Custom managers as in CPython's docs: BaseManager subclasses with register() (AutoProxy with
# the public methods or `exposed`, a custom BaseProxy subclass for a generator, method_to_typeid
# returning proxies), proxies used from fork and spawn children, objects created from a fork
# child, errors in the referent's methods, a SyncManager subclass with its own registrations.
from multiprocessing.managers import BaseManager, BaseProxy, SyncManager
import multiprocessing as mp
import multiprocessing.managers

class MathsClass:
    def add(self, x, y):
        return x + y
    def mul(self, x, y):
        return x * y

class MyManager(BaseManager):
    pass

MyManager.register('Maths', MathsClass)

class Foo:
    def f(self):
        return 'you called Foo.f()'
    def g(self):
        return 'you called Foo.g()'
    def _h(self):
        return 'you called Foo._h()'

def baz():
    for i in range(10):
        yield i*i

class GeneratorProxy(BaseProxy):
    _exposed_ = ['__next__']
    def __iter__(self):
        return self
    def __next__(self):
        return self._callmethod('__next__')

MyManager.register('Foo1', Foo)
MyManager.register('Foo2', Foo, exposed=('g', '_h'))
MyManager.register('baz', baz, proxytype=GeneratorProxy)

class Counter:
    def __init__(self, start=0):
        self.n = start
    def incr(self, k=1):
        self.n += k
        return self.n
    def value(self):
        return self.n
    def child(self):
        return Counter(self.n * 10)
    def boom(self):
        raise ValueError('boom %d' % self.n)

MyManager.register('Counter', Counter, method_to_typeid={'child': 'CounterRef'})
MyManager.register('CounterRef', None, exposed=('incr', 'value'), create_method=False)

class MySync(SyncManager):
    pass


MySync.register('Maths', MathsClass)


def bump(c, times):
    for _ in range(times):
        c.incr()

def make_in_child(m, q):
    c = m.Counter(100)
    c.incr(5)
    q.put(c.value())

if __name__ == '__main__':
    with MyManager() as manager:
        maths = manager.Maths()
        print(maths.add(4, 3))
        print(maths.mul(7, 8))
        print(type(maths).__name__, sorted(maths._exposed_))
        f1 = manager.Foo1()
        print(f1.f(), f1.g(), hasattr(f1, '_h'), sorted(f1._exposed_))
        f2 = manager.Foo2()
        print(f2.g(), f2._h(), hasattr(f2, 'f'), sorted(f2._exposed_))
        it = manager.baz()
        print([i for i in it])
        c = manager.Counter(1)
        for method in ('fork', 'spawn'):
            ctx = mp.get_context(method)
            ps = [ctx.Process(target=bump, args=(c, 50)) for _ in range(2)]
            for p in ps: p.start()
            for p in ps: p.join()
            print(method, c.value())
        d = c.child()
        print(type(d).__name__, d.value(), d.incr(), c.value())
        try:
            c.boom()
        except ValueError as e:
            print('ValueError', e)
        try:
            c._callmethod('n')
        except mp.managers.RemoteError as e:
            print('RemoteError', 'is not in exposed' in str(e))
        print(repr(c)[:40].split(' at ')[0], str(c)[:18])
        print(MyManager._registry is BaseManager._registry, sorted(MyManager._registry))
        q = mp.Queue()
        p = mp.get_context('fork').Process(target=make_in_child, args=(manager, q))
        p.start(); print('created in a fork child:', q.get(timeout=30)); p.join()
    with MySync() as m:
        d = m.dict(a=1)
        mt = m.Maths()
        d['b'] = mt.add(2, 3)
        print(sorted(d.items()), 'Maths' in MySync._registry, 'dict' in MySync._registry,
              'Maths' in SyncManager._registry)
