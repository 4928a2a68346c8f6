# Attribute sites remember what they found (inline caches); every change to a class or a base
# class, or to an instance dict, must be seen by the very same code on its next run.
class A:
    def m(self):
        return "A.m"

a = A()
def call(obj):
    return obj.m()

print(call(a))
A.m = lambda self: "patched"
print(call(a))

class B(A):
    pass

b = B()
print(call(b))
A.m = lambda self: "patched again"
print(call(b))
B.m = lambda self: "B.m"
print(call(b), call(a))

a.m = lambda: "instance attribute"
print(call(a))
del a.m
print(call(a))

class C:
    pass

c = C()
c.x = 1
def getx(obj):
    return obj.x

def setx(obj, v):
    obj.x = v

print(getx(c))
C.x = property(lambda self: "property wins", lambda self, v: print("setter got", v))
print(getx(c))
setx(c, 5)
del C.x
print(getx(c))
setx(c, 7)
print(getx(c))

class D:
    pass

d = D()
d.y = "plain"
def gety(obj):
    return obj.y

print(gety(d))
D.__getattribute__ = lambda self, name: "custom " + name
print(gety(d))
del D.__getattribute__
print(gety(d))

log = []
def set_logged(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)

def sety(obj, v):
    obj.y = v

sety(d, 1)
D.__setattr__ = set_logged
sety(d, 2)
print(gety(d), log)

class E:
    kind = "class attribute"

e = E()
def kind(obj):
    return obj.kind

print(kind(e))
e.kind = "instance attribute"
print(kind(e))
E.kind = "changed"
print(kind(E()), kind(e))
for obj in [a, b, c, d, e, A(), B()]:
    print(type(obj).__name__, hasattr(obj, "m"), getattr(obj, "x", None))
