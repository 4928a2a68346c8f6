"""A support module for the import tests."""
print("importing _helper, __name__ =", __name__)
VALUE = 42

def greet(name):
    return "hello " + name

class Thing:
    pass

_private = "hidden"
