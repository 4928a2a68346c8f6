class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0): self.v = v
a = Config(1); b = Config(2); print(a is b, a.v, type(Config), Config.__class__.__name__)
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    @property
    def upper(cls): return cls.__name__.upper()
    def __len__(cls): return 42
    def __getitem__(cls, k): return k * 2
class K(metaclass=Meta): pass
print(K, repr(K), K.upper, len(K), K[21], [K])
class Base:
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__
class Sub(Base, prefix="x_"): pass
print(Sub.tag)
class A:
    def hello(self): return "A"
class B:
    def hello(self): return "B"
o = A(); o.__class__ = B; print(o.hello(), type(o).__name__, isinstance(o, B))
class C:
    def __call__(self, x): return x + 1
print(callable(C()), callable(C), callable(A()), C()(1))
X = type("X", (A,), {"y": 5, "m": lambda self: self.y * 2})
print(X().m(), X.__name__, X.__bases__, X().hello(), type(X))
class Comparable:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Comparable(3), Comparable(1), Comparable(2)]), max(Comparable(5), Comparable(9)), Comparable(1) > Comparable(0))
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(reversed(self.items))
    def __repr__(self): return f"Stack({self.items})"
    def __eq__(self, o): return isinstance(o, Stack) and self.items == o.items
s = Stack().push(1).push(2); print(s, len(s), list(s), bool(Stack()), s == Stack().push(1).push(2), 2 in s)
class Node:
    def __init__(self, val, next=None): self.val, self.next = val, next
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.next
print(list(Node(1, Node(2, Node(3)))), sum(Node(5, Node(6))))
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("Deposit must be positive")
        self._balance += amt
        return self
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner, int(bal))
    def __str__(self): return f"{self.owner}: {self._balance:.2f}"
acct = Account.from_string("ann:100").deposit(50)
print(acct, acct.balance, Account.interest, acct.interest)
try:
    acct.deposit(-1)
except ValueError as e:
    print(f"Error: {e}")
try:
    acct.balance = 5
except AttributeError as e:
    print(f"Error: {e}")
print(vars(acct), Account.__dict__["interest"], type(Account.__dict__).__name__, "deposit" in Account.__dict__)
