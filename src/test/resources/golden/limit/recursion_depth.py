import sys
print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth(1)
print(d >= 990, d <= 1000)

def measure():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError as e:
        print("RecursionError:", e)
    return count

c = measure()
print(c > 900)
sys.setrecursionlimit(3000)
print(depth(1) > 2900)
sys.setrecursionlimit(1000)
