x = "global x"
class C:
    x = "class x"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)

def f():
    v = "f local"
    class D:
        w = v
        def get(self):
            return v
    return D

D = f()
print(D.w, D().get())
n = 1
def walrus():
    if (m := n + 1) > 1:
        print("walrus", m)
    print([y := 5, y ** 2], y)
    data = [1, 2, 3]
    print([last := v for v in data], last)
walrus()
print(any((hit := v) > 1 for v in [0, 3, 1]), hit)
