class A: pass
a = A()
a.__dict__ = {'x': 1}
print(a.x)
class B:
    __slots__ = ('y', '__dict__')
b = B()
b.__dict__ = {'z': 2}
print(b.z)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del a.__dict__
except TypeError as e:
    print(e)
class Bunch:
    def __init__(self, **kw):
        self.__dict__ = kw
bb = Bunch(p=1, q=2)
print(bb.p, bb.q, vars(bb))
bb.r = 3
class E(Exception): pass
e = E()
e.__dict__ = {'k': 1}
print(e.k)
import types
class C:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
a = C[int]
print(a.__origin__ is C, a.__args__, types.GenericAlias(list, (int, str)))
