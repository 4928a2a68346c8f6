def key(x):
    return 10 // x

def sort_them(items):
    return sorted(items, key=key)

print(sort_them([1, 2, 5]))
print(sort_them([3, 0, 1]))
