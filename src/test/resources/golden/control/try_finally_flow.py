# break / continue / return through finally, with, and except (exact unwinding).
def f1():
    for i in range(3):
        try:
            if i == 1:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "f1 done"

print(f1())

def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)

f2()

def f3():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(f3())

def f4():
    try:
        return "try"
    finally:
        return "finally wins"

print(f4())

def f5():
    for i in range(5):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                if i == 2:
                    return "returned in except " + str(e)
                continue
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)

print(f5())

def f6():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "exception swallowed by break"

print(f6())

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def f7():
    for i in range(3):
        with CM("a%d" % i) as a, CM("b%d" % i):
            if i == 0:
                continue
            if i == 1:
                return a.name
    return None

print(f7())

def f8():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("gen finally", i)
    finally:
        print("gen outer finally")

for v in f8():
    print("got", v)
    if v == 1:
        break

def f9():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)

print(f9())

def f10():
    result = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            result.append(i)
        except RuntimeError as e:
            result.append(-i)
            continue
        else:
            result.append("else%d" % i)
        finally:
            result.append("f")
    return result

print(f10())
