# Found by ProgramFuzzTest's differential corpus: a generator's return value is StopIteration's
# value only once; after next(it, default) or a for loop consumed the end, next() raises a bare
# StopIteration.
def gen(n):
    yield from range(n)
    return 'done'

it = gen(1)
print(next(it), next(it, 'dflt'))
try:
    next(it)
except StopIteration as e:
    print('again', repr(e.value), e.args)

it = gen(2)
for x in it:
    print('for', x)
try:
    next(it)
except StopIteration as e:
    print('after for', repr(e.value))

it = gen(0)
try:
    next(it)
except StopIteration as e:
    print('first end', repr(e.value))
try:
    next(it)
except StopIteration as e:
    print('second end', repr(e.value))

def outer():
    r = yield from gen(1)
    print('outer got', r)
    yield r

print(list(outer()))
