def gen():
    yield 1
    raise KeyError("from generator")

for x in gen():
    print(x)
