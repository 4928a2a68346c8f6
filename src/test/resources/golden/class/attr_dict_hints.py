# Instance attributes through the VM's per-site dict position guess: instances filling their
# dicts in different orders, deleted and re-added attributes, class attributes shadowed and
# unshadowed, attributes set through __dict__ and setattr, and methods shadowed by the instance.


class P:
    kind = "class-level"

    def __init__(self, first, a, b):
        if first:
            self.a = a
            self.b = b
        else:
            self.b = b
            self.a = a

    def total(self):
        return self.a + self.b

    def bump(self):
        self.a += 1
        self.b += 10


ps = [P(i % 2 == 0, i, 100 * i) for i in range(8)]
print([p.total() for p in ps])
for p in ps:
    p.bump()
    p.bump()
print([(p.a, p.b) for p in ps])

p = ps[0]
print(p.kind)
p.kind = "instance-level"
print(p.kind, ps[1].kind)
del p.kind
print(p.kind)

del p.a
try:
    p.total()
except AttributeError as e:
    print("AttributeError:", e)
p.a = -1
print(p.total(), list(vars(p)))

p.__dict__["c"] = 3
print(p.c)
setattr(p, "c", 4)
print(p.c, p.__dict__["c"])
p.__dict__.clear()
print(hasattr(p, "a"), p.kind)
p.b = 1
p.a = 2
print(p.total(), list(vars(p)))

q = ps[3]
q.total = lambda: "shadowed by the instance"
print(q.total())
del q.total
print(q.total())


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


c = Counter()
for _ in range(1000):
    c.inc()
print(c.n)
