from _helper import *
print(VALUE, greet("star"))
try:
    print(_private)
except NameError as e:
    print("NameError", e)
