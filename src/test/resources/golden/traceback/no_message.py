class Boom(Exception):
    pass

def f():
    raise Boom

f()
