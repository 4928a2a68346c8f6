def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x

def process(values):
    total = 0
    for v in values:
        try:
            total += check(v)
        except ValueError:
            print("logging and re-raising")
            raise
    return total

print(process([1, 2]))
process([1, -5])
