# When a for loop over a fresh generator is left early, CPython closes the generator at once
# (its reference count drops to zero): finally blocks run before the code after the loop.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup", tag)

for n in numbers("break"):
    if n == 2:
        break
print("after break")

def first_even():
    for n in numbers("return"):
        if n % 2 == 0 and n > 0:
            return n

print("returned", first_even())

try:
    for n in numbers("exception"):
        if n == 1:
            raise ValueError("stop")
except ValueError as e:
    print("caught", e)

for n in numbers("exhausted"):
    pass
print("after exhaustion")

def outer_loop():
    for a in numbers("outer"):
        for b in numbers("inner"):
            if b == 1:
                return a, b

print(outer_loop())
