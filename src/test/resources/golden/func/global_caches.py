# LOAD_GLOBAL caches where a name was found (globals or builtins); every way of changing
# that must be seen by the next execution of the same instruction.


def use_len(x):
    return len(x)


def read_counter():
    return counter


print(use_len([1, 2, 3]))
# A global now shadows the builtin.
len = lambda x: "shadowed"
print(use_len([1, 2, 3]))
# Deleting it makes the builtin visible again.
del len
print(use_len([1, 2, 3]))

# Rebinding in place (no new key) and through globals().
counter = 1
print(read_counter())
counter += 1
print(read_counter())
globals()["counter"] = 10
print(read_counter())
globals().update(counter=11, other=0)
print(read_counter())
del globals()["counter"]
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
counter = 12
print(read_counter())

# Many new globals (the dict grows and moves entries) between two reads.
for i in range(100):
    globals()["g%d" % i] = i
print(read_counter(), g99)

# A loop whose body reads globals that the loop itself changes.
total = 0
step = 1
for i in range(6):
    total += step
    if i == 2:
        step = 10
print(total)
