class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__])


class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


c = Child(1, 2)
print(c.x, c.y, vars(c))


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise MyError(42, "bad thing")
except MyError as e:
    print(e.code, e, e.args, repr(e))


class MyList(list):
    def sum(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml.sum(), len(ml), ml, isinstance(ml, list))


class Counter(dict):
    def __missing__(self, key):
        return 0


cnt = Counter()
cnt["a"] += 1
print(cnt["a"], cnt["zzz"])


class Meta:
    attr = 1

    def method(self):
        return self.attr


m = Meta()
m.attr = 2
print(Meta.attr, m.method(), Meta.method(m))
print(Meta().method.__name__)
